package io.newswire.ingest.it;

import static io.newswire.ingest.it.StackSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.ingest.IngestService;
import io.newswire.ingest.IngestSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.ops.OpsServer;
import io.newswire.testkit.Http;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ingest's operations endpoints, wired as {@code newswire ingest} wires them, against the real broker and registry. */
@NewswireStackTest
class IngestOpsIT {
    @TempDir
    Path tmp;

    @Test
    void readyOnceTakingFilesAndMetricsFollowWhatIsPublishedAndRejected(NewswireStack stack) throws Exception {
        Path inbox = tmp.resolve("inbox");
        List<String> settings = StackSupport.settings(stack.bootstrapServers(), stack.schemaRegistryUrl(),
                stack.uniqueName("raw"), stack.uniqueName("dlq"), inbox);
        settings.add(IngestSettings.OPS_PORT.key() + "=0");
        Config config = StackSupport.config(settings);
        try (OpsServer ops = OpsServer.start(config, IngestSettings.OPS_PORT);
             IngestService service = new IngestService(config, ops.registry())) {
            ops.addChecks(service.readinessChecks());
            String base = ops.baseUrl();
            assertThat(Http.status(base + "/health")).isEqualTo(200);
            assertThat(Http.get(base + "/ready")).satisfies(r -> {
                assertThat(r.statusCode()).isEqualTo(503);
                assertThat(r.body()).contains("\"ingest-inbox\":{\"ready\":false");
            });

            service.start();
            await().atMost(Duration.ofSeconds(30)).until(() -> Http.status(base + "/ready") == 200);
            assertThat(Http.get(base + "/ready").body()).contains("\"schema-registry\":{\"ready\":true");

            write(inbox.resolve("good.txt"), "An article about the talks.");
            write(inbox.resolve("empty.txt"), "");
            await().atMost(Duration.ofSeconds(30)).until(() -> service.summary().publishedFiles() == 1
                    && service.summary().rejectedFiles().size() == 1);
            String metrics = Http.get(base + "/metrics").body();
            assertThat(metrics)
                    .contains("newswire_ingest_files_seen_total 2.0")
                    .contains("newswire_ingest_files_published_total 1.0")
                    .contains("newswire_ingest_files_rejected_total{reason=\"EMPTY_FILE\"} 1.0")
                    .contains("newswire_dead_letters_total{reason=\"EMPTY_FILE\",stage=\"ingest\"} 1.0")
                    .contains("newswire_ingest_latency_seconds_count 1")
                    .contains("kafka_producer_record_send_total");

            ops.shuttingDown();
            assertThat(Http.status(base + "/health")).isEqualTo(503);
            assertThat(Http.status(base + "/ready")).isEqualTo(503);
        }
    }
}
