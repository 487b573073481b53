package io.newswire.ingest.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.ingest.IngestSettings.DonePolicyKind;
import io.newswire.ingest.claim.ClaimedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutcomeTest {
    @TempDir
    Path root;

    private final Clock clock = Clock.fixed(Instant.parse("2026-05-04T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void moveToDoneFilesByDayAndKeepsBothOfTwoEqualNames() throws Exception {
        DonePolicy done = DonePolicy.of(DonePolicyKind.MOVE, root.resolve("done"), clock);
        Path first = done.finish(claimed("tass/a.txt", "one"), null);
        Path second = done.finish(claimed("tass/a.txt", "two"), null);
        assertThat(first).isEqualTo(root.resolve("done/2026-05-04/tass/a.txt")).hasContent("one");
        assertThat(second).isEqualTo(root.resolve("done/2026-05-04/tass/a (1).txt")).hasContent("two");
    }

    @Test
    void rejectedLinesSidecarLiesBesideTheDoneFile() throws Exception {
        Path moved = new MoveToDone(root.resolve("done"), clock).finish(claimed("f.jsonl", "{}"), Map.of("rejectedLineCount", 1));
        assertThat(moved.resolveSibling("f.jsonl.rejected-lines.json")).content().contains("\"rejectedLineCount\" : 1");
    }

    @Test
    void deletePolicyDeletes() throws Exception {
        ClaimedFile f = claimed("a.txt", "x");
        assertThat(DonePolicy.of(DonePolicyKind.DELETE, root.resolve("done"), clock).finish(f, null)).isNull();
        assertThat(f.path()).doesNotExist();
    }

    @Test
    void failedFolderWritesTheReasonFirstAndMirrorsTheRelativePath() throws Exception {
        FailedFolder failed = new FailedFolder(root.resolve("failed"));
        ClaimedFile f = claimed("sub/bad.txt", "x");
        Path reserved = failed.reserve(f);
        assertThat(failed.relative(reserved)).isEqualTo("sub/bad.txt");

        Path moved = failed.moveIn(f, reserved, Map.of("code", "EMPTY_FILE"));

        assertThat(moved).isEqualTo(reserved).exists();
        assertThat(moved.resolveSibling("bad.txt.error.json")).content().contains("EMPTY_FILE");
        ClaimedFile again = claimed("sub/bad.txt", "y");
        assertThat(failed.relative(failed.reserve(again))).isEqualTo("sub/bad (1).txt");
    }

    private ClaimedFile claimed(String rel, String content) throws Exception {
        Path p = root.resolve("processing").resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, content);
        return new ClaimedFile(p, rel);
    }
}
