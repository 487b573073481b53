package io.newswire.ingest.it;

import static io.newswire.ingest.it.StackSupport.files;
import static io.newswire.ingest.it.StackSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.avro.RawArticle;
import io.newswire.ingest.IngestService;
import io.newswire.local.EmbeddedKafkaBroker;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The broker stops in the middle of a backlog and comes back: files wait in the claim area (never archived without
 * an acknowledgement), new files keep arriving, and once the broker is back every file is published and archived.
 * The shared test broker cannot be stopped, so this test runs its own embedded broker (same code as the local stack)
 * and only borrows the shared schema registry.
 */
@NewswireStackTest
class BrokerRestartIT {
    private static final int BACKLOG = 400;
    private static final int DURING_OUTAGE = 20;

    @TempDir
    Path tmp;

    @Test
    void filesWaitWhileTheBrokerIsDownAndAllArePublishedWhenItIsBack(NewswireStack stack) throws Exception {
        Path inbox = tmp.resolve("inbox");
        for (int i = 0; i < BACKLOG; i++) {
            write(inbox.resolve("backlog-" + i + ".txt"), "article " + i + " " + "x".repeat(2000));
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start()) {
            String rawTopic = stack.uniqueName("raw");
            List<String> settings = StackSupport.settings(broker.bootstrapServers(), stack.schemaRegistryUrl(), rawTopic,
                    stack.uniqueName("dlq"), inbox);
            // Few files in flight and a long linger slow ingest to ~200 files/s, so the broker stops mid-backlog.
            settings.addAll(List.of("ingest.send-timeout=2s", "ingest.retry.initial-backoff=200ms",
                    "ingest.retry.max-backoff=1s", "ingest.max-in-flight=20", "kafka.linger.ms=100"));
            try (IngestService service = new IngestService(StackSupport.config(settings))) {
                service.start();
                await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(10))
                        .until(() -> service.summary().publishedFiles() >= 60);
                broker.stop();

                // Acknowledgements already under way may still land; after that nothing may be archived.
                Thread.sleep(1500);
                long publishedWhileDown = service.summary().publishedFiles();
                int doneWhileDown = files(inbox.resolve("done")).size();
                for (int i = 0; i < DURING_OUTAGE; i++) {
                    write(inbox.resolve("outage-" + i + ".txt"), "arrived during the outage " + i);
                }
                Thread.sleep(4000);
                assertThat(service.summary().publishedFiles()).isEqualTo(publishedWhileDown).isLessThan(BACKLOG);
                assertThat(files(inbox.resolve("done"))).hasSize(doneWhileDown);
                assertThat(files(inbox.resolve(".newswire/processing"))).filteredOn(p -> p.toString().endsWith(".txt")).isNotEmpty();
                assertThat(files(inbox.resolve("failed"))).isEmpty();

                broker.start();
                await().atMost(Duration.ofSeconds(60))
                        .until(() -> service.summary().publishedFiles() == BACKLOG + DURING_OUTAGE);
            }
            Set<String> published = StackSupport.<RawArticle>readAll(broker.bootstrapServers(), stack.schemaRegistryUrl(), rawTopic)
                    .stream().map(ConsumerRecord::value).map(RawArticle::getRelativePath).collect(Collectors.toSet());
            assertThat(published).hasSize(BACKLOG + DURING_OUTAGE);
            assertThat(files(inbox.resolve("done"))).hasSize(BACKLOG + DURING_OUTAGE);
            assertThat(files(inbox.resolve("failed"))).isEmpty();
            assertThat(files(inbox.resolve(".newswire/processing"))).allMatch(p -> p.toString().endsWith(".lock"));
        }
    }
}
