package io.newswire.sink.tail;

import io.newswire.avro.EnrichedArticle;
import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.sink.SinkTopics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows news.articles as a committed-only reader without a consumer group (nothing to clean up, no offsets kept):
 * from the end, or from the beginning to see the whole table first. {@link #stop()} ends {@link #follow} from any thread.
 */
public final class ArticleTail implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, EnrichedArticle> consumer;
    private final String topic;

    public ArticleTail(Config config) {
        Map<String, Object> props = KafkaClients.common(config);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(CommonSettings.BOOTSTRAP_SERVERS));
        // Only what the sink committed: records of aborted transactions (a crashed sink) are never shown.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-tail");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                KafkaClients.<EnrichedArticle>valueSerde(config).deserializer());
        this.topic = SinkTopics.from(config).articles();
    }

    /** Hands every record (value null for a tombstone) to {@code each} until {@link #stop()}. */
    public void follow(boolean fromBeginning, BiConsumer<String, EnrichedArticle> each) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        if (partitions.isEmpty()) {
            throw new IllegalStateException("topic " + topic + " does not exist yet: start the sink (or newswire local) first");
        }
        consumer.assign(partitions);
        if (fromBeginning) {
            consumer.seekToBeginning(partitions);
        } else {
            consumer.seekToEnd(partitions);
        }
        try {
            while (true) {
                for (ConsumerRecord<String, EnrichedArticle> record : consumer.poll(POLL)) {
                    each.accept(record.key(), record.value());
                }
            }
        } catch (WakeupException stopped) {
            // stop() was called: a normal end.
        }
    }

    /** Makes {@link #follow} return; safe from another thread (e.g. a shutdown hook). */
    public void stop() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
