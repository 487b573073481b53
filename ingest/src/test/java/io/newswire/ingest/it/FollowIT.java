package io.newswire.ingest.it;

import static io.newswire.ingest.it.StackSupport.files;
import static io.newswire.ingest.it.StackSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.avro.RawArticle;
import io.newswire.ingest.IngestService;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The long-running service against the real stack: files arriving while it runs, and instances sharing an inbox. */
@NewswireStackTest
class FollowIT {
    @TempDir
    Path tmp;

    @Test
    void picksUpArrivingFilesAndLeavesUnfinishedOnesAlone(NewswireStack stack) throws Exception {
        Path inbox = tmp.resolve("inbox");
        write(inbox.resolve("backlog.txt"), "was there first");
        String rawTopic = stack.uniqueName("raw");
        List<String> settings = StackSupport.settings(stack.bootstrapServers(), stack.schemaRegistryUrl(), rawTopic,
                stack.uniqueName("dlq"), inbox);
        settings.set(settings.indexOf("ingest.stable-time=50ms"), "ingest.stable-time=1500ms");
        try (IngestService service = new IngestService(StackSupport.config(settings))) {
            service.start();
            await().atMost(Duration.ofSeconds(20)).until(() -> service.summary().publishedFiles() == 1);

            // The atomic-rename convention: written under a temporary name, renamed when complete.
            Path part = write(inbox.resolve("reuters/story.txt.part"), "complete story");
            Files.move(part, inbox.resolve("reuters/story.txt"), StandardCopyOption.ATOMIC_MOVE);
            // Deleted, and replaced, between detection and the end of its stable time.
            Path deleted = write(inbox.resolve("deleted.txt"), "never mind");
            Path replaced = write(inbox.resolve("replaced.txt"), "first version");
            Thread.sleep(150);
            Files.delete(deleted);
            Path second = write(inbox.resolve(".replaced.txt.new"), "second version");
            Files.move(second, replaced, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Path unfinished = write(inbox.resolve("big.html.crdownload"), "<html>half");

            await().atMost(Duration.ofSeconds(20)).until(() -> service.summary().publishedFiles() == 3);
            Thread.sleep(1000);
            assertThat(service.summary().publishedFiles()).isEqualTo(3);
            assertThat(unfinished).exists();
        }
        Map<String, RawArticle> byPath = StackSupport.<RawArticle>readAll(stack.bootstrapServers(), stack.schemaRegistryUrl(), rawTopic)
                .stream().map(ConsumerRecord::value).collect(Collectors.toMap(RawArticle::getRelativePath, Function.identity()));
        assertThat(byPath).containsOnlyKeys("backlog.txt", "reuters/story.txt", "replaced.txt");
        assertThat(byPath.get("reuters/story.txt").getSourceHint()).isEqualTo("reuters");
        assertThat(byPath.get("replaced.txt").getContent()).isEqualTo("second version");
        assertThat(files(inbox.resolve("failed"))).isEmpty();
    }

    @Test
    void instancesSharingAnInboxNeverPublishTheSameFileTwice(NewswireStack stack) throws Exception {
        Path inbox = tmp.resolve("shared");
        int count = 600;
        for (int i = 0; i < count; i++) {
            write(inbox.resolve("f" + (i % 7) + "/article-" + i + ".txt"), "article number " + i);
        }
        String rawTopic = stack.uniqueName("raw");
        String dlqTopic = stack.uniqueName("dlq");
        List<IngestService> services = new ArrayList<>();
        try {
            for (String id : List.of("a", "b", "c")) {
                List<String> settings = StackSupport.settings(stack.bootstrapServers(), stack.schemaRegistryUrl(), rawTopic, dlqTopic, inbox);
                settings.add("ingest.instance-id=" + id);
                settings.add("ingest.max-in-flight=20");
                IngestService s = new IngestService(StackSupport.config(settings));
                services.add(s);
                s.start();
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> services.stream().mapToLong(s -> s.summary().publishedFiles()).sum() >= count);
        } finally {
            services.forEach(IngestService::close);
        }
        List<RawArticle> records = StackSupport.<RawArticle>readAll(stack.bootstrapServers(), stack.schemaRegistryUrl(), rawTopic)
                .stream().map(ConsumerRecord::value).toList();
        assertThat(records).hasSize(count);
        assertThat(records).extracting(RawArticle::getRelativePath).doesNotHaveDuplicates();
        assertThat(services.stream().mapToLong(s -> s.summary().publishedFiles()).sum()).isEqualTo(count);
        assertThat(files(inbox.resolve("done"))).hasSize(count);
    }
}
