package io.newswire.sink;

import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Deletes an article by writing a tombstone (the article id with a null value) to news.enriched, the sink's input.
 * Going through the sink, not straight to news.articles, keeps its table and the topic in step: the sink removes the
 * article from its store and forwards the tombstone in one transaction.
 */
public final class ArticleDeletion {
    private ArticleDeletion() {
    }

    /** Writes the tombstone and waits until the broker has it. */
    public static RecordMetadata delete(Config config, String articleId) throws InterruptedException {
        Map<String, Object> props = KafkaClients.common(config);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(CommonSettings.BOOTSTRAP_SERVERS));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "newswire-articles-delete");
        // A person is waiting: give up on an unreachable broker in seconds, not Kafka's default minutes.
        props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, 15_000);
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 45_000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            return producer.send(new ProducerRecord<>(SinkTopics.from(config).enriched(), articleId, null)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not write the tombstone for " + articleId + ": " + e.getCause().getMessage(), e.getCause());
        }
    }
}
