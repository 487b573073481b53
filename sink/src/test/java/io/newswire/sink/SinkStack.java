package io.newswire.sink;

import io.newswire.avro.EnrichedArticle;
import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.config.Setting;
import io.newswire.testkit.NewswireStack;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;

/** A sink's configuration on the shared test stack, with topics of its own, and clients for its two topics. */
final class SinkStack {
    private final NewswireStack stack;
    private final String prefix;

    SinkStack(NewswireStack stack, String prefix) {
        this.stack = stack;
        this.prefix = prefix;
    }

    /**
     * The configuration keys of one sink instance, as {@code key=value} flags. The short session timeout lets a
     * restarted instance take over a killed one's partitions in seconds, not the default 45.
     */
    List<String> flags(Path stateDir, Map<String, String> extra) {
        Map<String, String> flags = new HashMap<>(Map.of(
                CommonSettings.BOOTSTRAP_SERVERS.key(), stack.bootstrapServers(),
                CommonSettings.SCHEMA_REGISTRY_URL.key(), stack.schemaRegistryUrl(),
                CommonSettings.TOPIC_RAW.key(), prefix + ".raw",
                CommonSettings.TOPIC_ENRICHED.key(), prefix + ".enriched",
                CommonSettings.TOPIC_ARTICLES.key(), prefix + ".articles",
                CommonSettings.TOPIC_DLQ.key(), prefix + ".dlq",
                SinkSettings.APPLICATION_ID.key(), prefix + "-sink",
                SinkSettings.STATE_DIR.key(), stateDir.toString(),
                SinkSettings.HTTP_PORT.key(), "0",
                "kafka.session.timeout.ms", "6000"));
        flags.put("kafka.heartbeat.interval.ms", "1000");
        flags.putAll(extra);
        return flags.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList();
    }

    Config config(Path stateDir, Map<String, String> extra) {
        List<Setting<?>> settings = new ArrayList<>(CommonSettings.all());
        settings.addAll(SinkSettings.all());
        ConfigLoader loader = new ConfigLoader(settings);
        flags(stateDir, extra).forEach(loader::flag);
        return loader.load();
    }

    Config config(Path stateDir) {
        return config(stateDir, Map.of());
    }

    /** Writes articles to news.enriched, in order, and waits until the broker has them all. */
    void produce(Config config, List<KeyValue<String, EnrichedArticle>> records) {
        Map<String, Object> props = new HashMap<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()));
        try (var producer = new KafkaProducer<>(props, new StringSerializer(),
                KafkaClients.<EnrichedArticle>valueSerde(config).serializer())) {
            records.forEach(r -> producer.send(new ProducerRecord<>(SinkTopics.from(config).enriched(), r.key, r.value)));
            producer.flush();
        }
    }

    /** A committed-only reader of news.articles from the beginning; {@link Reader#poll} gathers what is there. */
    Reader articlesReader(Config config) {
        return new Reader(config);
    }

    static final class Reader implements AutoCloseable {
        private final KafkaConsumer<String, EnrichedArticle> consumer;
        private final List<KeyValue<String, EnrichedArticle>> seen = new ArrayList<>();

        Reader(Config config) {
            Map<String, Object> props = new HashMap<>(Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(CommonSettings.BOOTSTRAP_SERVERS),
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"));
            consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                    KafkaClients.<EnrichedArticle>valueSerde(config).deserializer());
            String topic = SinkTopics.from(config).articles();
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
        }

        /** Everything read so far, in partition order per key. */
        List<KeyValue<String, EnrichedArticle>> poll() {
            consumer.poll(Duration.ofMillis(200)).forEach(r -> seen.add(KeyValue.pair(r.key(), r.value())));
            return List.copyOf(seen);
        }

        /** The values read for one key, in order. */
        List<EnrichedArticle> valuesOf(String key) {
            return poll().stream().filter(kv -> kv.key.equals(key)).map(kv -> kv.value).toList();
        }

        @Override
        public void close() {
            consumer.close();
        }
    }
}
