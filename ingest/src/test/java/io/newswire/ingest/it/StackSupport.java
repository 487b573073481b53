package io.newswire.ingest.it;

import io.newswire.ingest.IngestSettings;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.config.Setting;
import io.newswire.serde.KafkaAvroDeserializer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** What the integration tests share: a configuration pointing at the test stack, and reading a topic whole. */
final class StackSupport {
    private StackSupport() {
    }

    /** Settings for a test: the stack, fresh topic names, quick timings, no progress output. */
    static List<String> settings(String bootstrap, String registry, String rawTopic, String dlqTopic, Path inbox) {
        return new ArrayList<>(List.of(
                "kafka.bootstrap.servers=" + bootstrap,
                "schema.registry.url=" + registry,
                "topics.raw=" + rawTopic,
                "topics.dlq=" + dlqTopic,
                "topics.replication-factor=1",
                "ingest.inbox=" + inbox,
                "ingest.stable-time=50ms",
                "ingest.rescan-interval=300ms",
                "ingest.progress=off"));
    }

    static Config config(List<String> assignments) {
        List<Setting<?>> declared = new ArrayList<>(CommonSettings.all());
        declared.addAll(IngestSettings.all());
        ConfigLoader loader = new ConfigLoader(declared);
        assignments.forEach(loader::flag);
        return loader.load();
    }

    /** Every record of a topic, from the beginning to the end offsets of the moment, values as generated classes. */
    @SuppressWarnings("unchecked")
    static <T> List<ConsumerRecord<String, T>> readAll(String bootstrap, String registry, String topic) {
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put("schema.registry.url", registry);
        c.put("specific.avro.reader", true);
        KafkaAvroDeserializer values = new KafkaAvroDeserializer();
        values.configure(c, false);
        List<ConsumerRecord<String, T>> out = new ArrayList<>();
        try (KafkaConsumer<String, Object> consumer = new KafkaConsumer<>(c, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 60_000;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.currentTimeMillis() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end in time");
                }
                consumer.poll(Duration.ofMillis(200)).forEach(r -> out.add((ConsumerRecord<String, T>) (ConsumerRecord<?, ?>) r));
            }
        }
        return out;
    }

    /** Regular files under a folder, recursively; empty when it does not exist. */
    static List<Path> files(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).toList();
        }
    }

    static Path write(Path p, byte[] content) throws IOException {
        Files.createDirectories(p.getParent());
        return Files.write(p, content);
    }

    static Path write(Path p, String content) throws IOException {
        return write(p, content.getBytes(StandardCharsets.UTF_8));
    }
}
