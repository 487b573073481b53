package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.RawArticle;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigException;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.config.Setting;
import io.newswire.platform.ops.ReadinessCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service end to end with a fake publisher; IngestIT and friends do the same against a real broker. */
class IngestServiceTest {
    @TempDir
    Path tmp;

    private final FakePublisher publisher = new FakePublisher();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void onceTakesEveryFileToExactlyOneOutcome() throws Exception {
        Path inbox = tmp.resolve("inbox");
        write(inbox.resolve("tass/good.txt"), "An article.");
        write(inbox.resolve("empty.txt"), "");
        write(inbox.resolve("feed.jsonl"), "{\"a\": 1}\nnope\n{\"b\": 2}\n");
        write(inbox.resolve("writing.txt.part"), "not yet");

        IngestSummary summary = service(inbox).runOnce();

        assertThat(summary.publishedFiles()).isEqualTo(2);
        assertThat(summary.publishedRecords()).isEqualTo(3);
        assertThat(summary.rejectedFiles()).containsExactlyEntriesOf(java.util.Map.of("EMPTY_FILE", 1L));
        assertThat(summary.rejectedLines()).containsExactlyEntriesOf(java.util.Map.of("MALFORMED_JSON", 1L));
        assertThat(summary.exitCode()).isEqualTo(IngestSummary.EXIT_REJECTED);
        assertThat(publisher.values("news.raw")).extracting(v -> ((RawArticle) v).getRelativePath())
                .containsExactlyInAnyOrder("tass/good.txt", "feed.jsonl", "feed.jsonl");
        assertThat(publisher.values("news.dlq")).extracting(v -> ((DeadLetter) v).getCode())
                .containsExactlyInAnyOrder("EMPTY_FILE", "MALFORMED_JSON");
        assertThat(files(inbox.resolve("done"))).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("good.txt", "feed.jsonl", "feed.jsonl.rejected-lines.json");
        assertThat(files(inbox.resolve("failed"))).extracting(p -> inbox.resolve("failed").relativize(p).toString())
                .containsExactlyInAnyOrder("empty.txt", "empty.txt.error.json");
        assertThat(inbox.resolve("writing.txt.part")).exists();
        assertThat(files(inbox.resolve(".newswire/processing"))).allMatch(p -> p.toString().endsWith(".lock"));
    }

    @Test
    void metersCountEveryOutcomeWhereItIsDecided() throws Exception {
        Path inbox = tmp.resolve("inbox");
        write(inbox.resolve("good.txt"), "An article.");
        write(inbox.resolve("empty.txt"), "");
        write(inbox.resolve("feed.jsonl"), "{\"a\": 1}\nnope\n");

        service(inbox).runOnce();

        assertThat(meters.get("newswire.ingest.files.seen").counter().count()).isEqualTo(3);
        assertThat(meters.get("newswire.ingest.files.published").counter().count()).isEqualTo(2);
        assertThat(meters.get("newswire.ingest.records.published").counter().count()).isEqualTo(2);
        assertThat(meters.get("newswire.ingest.bytes").counter().count()).isEqualTo("An article.".length() + "{\"a\": 1}".length());
        assertThat(meters.get("newswire.ingest.files.rejected").tag("reason", "EMPTY_FILE").counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.ingest.lines.rejected").tag("reason", "MALFORMED_JSON").counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.dead.letters").tags("stage", "ingest", "reason", "EMPTY_FILE").counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.dead.letters").tags("stage", "ingest", "reason", "MALFORMED_JSON").counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.ingest.latency").timer().count()).as("one per published file").isEqualTo(2);
        assertThat(meters.get("newswire.ingest.files.in.flight").gauge().value()).isZero();
    }

    @Test
    void nothingRejectedExitsZero() throws Exception {
        Path inbox = tmp.resolve("inbox");
        write(inbox.resolve("a.md"), "# A");
        assertThat(service(inbox).runOnce().exitCode()).isZero();
    }

    @Test
    void whileTheBrokerIsDownFilesWaitInTheClaimAreaAndAreNeverArchived() throws Exception {
        Path inbox = tmp.resolve("inbox");
        write(inbox.resolve("a.txt"), "A");
        publisher.down.set(true);
        IngestService service = service(inbox, "ingest.retry.initial-backoff=50ms", "ingest.retry.max-backoff=100ms");
        assertThat(readiness(service)).as("not started").containsEntry("ingest-inbox", false);
        service.start();
        try {
            await().atMost(Duration.ofSeconds(5)).until(() -> publisher.failures >= 3);
            assertThat(files(inbox.resolve("done"))).isEmpty();
            assertThat(files(inbox.resolve(".newswire/processing"))).anyMatch(p -> p.endsWith("a.txt"));
            assertThat(readiness(service)).containsEntry("ingest-inbox", true).containsEntry("ingest-producer", false);

            publisher.down.set(false);
            await().atMost(Duration.ofSeconds(5)).until(() -> service.summary().publishedFiles() == 1);
            assertThat(readiness(service)).containsEntry("ingest-inbox", true).containsEntry("ingest-producer", true);
            assertThat(files(inbox.resolve("done"))).extracting(p -> p.getFileName().toString()).containsExactly("a.txt");
        } finally {
            service.close();
        }
    }

    @Test
    void aRecordTheBrokerRefusesAsTooLargeIsRejectedNotRetriedForever() throws Exception {
        Path inbox = tmp.resolve("inbox");
        write(inbox.resolve("huge.txt"), "x".repeat(100));
        publisher.maxContentChars = 50;
        IngestSummary summary = service(inbox).runOnce();
        assertThat(summary.rejectedFiles()).containsExactlyEntriesOf(java.util.Map.of("RECORD_TOO_LARGE", 1L));
        assertThat(inbox.resolve("failed/huge.txt.error.json")).content().contains("RECORD_TOO_LARGE");
    }

    @Test
    void followsNewFilesAfterTheBacklog() throws Exception {
        Path inbox = tmp.resolve("inbox");
        IngestService service = service(inbox);
        service.start();
        try {
            Path tmpFile = write(inbox.resolve("reuters/.x.txt"), "A story");
            Files.move(tmpFile, inbox.resolve("reuters/x.txt"));
            await().atMost(Duration.ofSeconds(5)).until(() -> service.summary().publishedFiles() == 1);
            assertThat(((RawArticle) publisher.values("news.raw").get(0)).getSourceHint()).isEqualTo("reuters");
        } finally {
            service.close();
        }
    }

    @Test
    void aMissingInboxIsCreatedAndOneThatCannotBeIsAConfigurationError() throws Exception {
        Path inbox = tmp.resolve("new/inbox");
        service(inbox).runOnce();
        assertThat(inbox).isDirectory();

        Path file = write(tmp.resolve("a-file"), "x");
        assertThatThrownBy(() -> service(file.resolve("inbox")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("cannot create the inbox");
    }

    @Test
    void doneOrFailedFoldersThatWouldBeIngestedAgainAreRefused() {
        Path inbox = tmp.resolve("inbox");
        assertThatThrownBy(() -> service(inbox, "ingest.failed-dir=" + inbox)).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> service(inbox, "ingest.done-dir=" + tmp)).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> service(inbox, "ingest.done-dir=" + tmp.resolve("x"), "ingest.failed-dir=" + tmp.resolve("x")))
                .isInstanceOf(ConfigException.class);
    }

    private IngestService service(Path inbox, String... settings) {
        List<String> all = new ArrayList<>(List.of("ingest.inbox=" + inbox, "ingest.stable-time=20ms",
                "ingest.rescan-interval=200ms", "ingest.progress=off", "ingest.instance-id=test"));
        all.addAll(List.of(settings));
        return new IngestService(config(all), id -> publisher, stopped -> { }, Clock.systemDefaultZone(), meters);
    }

    private static Map<String, Boolean> readiness(IngestService service) {
        return service.readinessChecks().stream().collect(Collectors.toMap(ReadinessCheck::name, c -> c.check().ready()));
    }

    static Config config(List<String> assignments) {
        List<Setting<?>> declared = new ArrayList<>(CommonSettings.all());
        declared.addAll(IngestSettings.all());
        ConfigLoader loader = new ConfigLoader(declared);
        assignments.forEach(loader::flag);
        return loader.load();
    }

    static Path write(Path p, String content) throws Exception {
        Files.createDirectories(p.getParent());
        return Files.writeString(p, content);
    }

    static List<Path> files(Path dir) throws Exception {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).toList();
        }
    }
}
