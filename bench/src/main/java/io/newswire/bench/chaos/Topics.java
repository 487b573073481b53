package io.newswire.bench.chaos;

import io.newswire.serde.KafkaAvroDeserializer;
import io.newswire.serde.SerdeConfig;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reading the pipeline's topics whole, committed records only, as the other teams' consumers do. */
final class Topics {
    static final String RAW = "news.raw";
    static final String ENRICHED = "news.enriched";
    static final String ARTICLES = "news.articles";
    static final String DLQ = "news.dlq";
    private static final Duration READ_TIMEOUT = Duration.ofMinutes(5);

    private final String bootstrapServers;
    private final String registryUrl;

    Topics(String bootstrapServers, String registryUrl) {
        this.bootstrapServers = bootstrapServers;
        this.registryUrl = registryUrl;
    }

    /** Every committed record from the beginning to the end offsets of the moment, values as generated classes. */
    @SuppressWarnings("unchecked")
    <T> List<ConsumerRecord<String, T>> readAvro(String topic) {
        KafkaAvroDeserializer values = new KafkaAvroDeserializer();
        values.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registryUrl, SerdeConfig.SPECIFIC_AVRO_READER, true), false);
        List<ConsumerRecord<String, T>> out = new ArrayList<>();
        read(topic, values).forEach(r -> out.add((ConsumerRecord<String, T>) (ConsumerRecord<?, ?>) r));
        return out;
    }

    /** The keys of every committed record, values left undecoded. */
    List<String> readKeys(String topic) {
        return read(topic, new ByteArrayDeserializer()).stream().map(ConsumerRecord::key).toList();
    }

    private <V> List<ConsumerRecord<String, V>> read(String topic, Deserializer<V> values) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "chaos-verify-" + topic);
        List<ConsumerRecord<String, V>> out = new ArrayList<>();
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(config, new StringDeserializer(), values)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, READ_TIMEOUT).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within " + READ_TIMEOUT);
                }
                consumer.poll(Duration.ofMillis(500)).forEach(out::add);
            }
        }
        return out;
    }
}
