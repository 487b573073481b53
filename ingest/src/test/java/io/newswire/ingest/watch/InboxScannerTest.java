package io.newswire.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.ingest.InboxLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxScannerTest {
    @TempDir
    Path inbox;

    @Test
    void listsRecursivelySkippingOwnFoldersHiddenFoldersAndTemporaryNames() throws Exception {
        InboxLayout layout = InboxLayout.of(inbox, null, null);
        for (String f : new String[] {"a.txt", "tass/b.txt", "tass/deep/c.json", "x.tmp", ".hidden", "done/2026-01-01/d.txt",
                "failed/e.txt", ".newswire/processing/h/f.txt", ".git/g.txt"}) {
            Path p = inbox.resolve(f);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "x");
        }
        Files.createSymbolicLink(inbox.resolve("link.txt"), inbox.resolve("a.txt"));

        assertThat(new InboxScanner(layout).scan()).extracting(c -> layout.relativePath(c.path()))
                .containsExactlyInAnyOrder("a.txt", "tass/b.txt", "tass/deep/c.json", "link.txt");
    }
}
