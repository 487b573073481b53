package io.newswire.ingest.publish;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** A {@link Publisher} over one idempotent KafkaProducer, keys as strings, values Avro in Confluent wire format. */
public final class KafkaPublisher implements Publisher {
    private final KafkaProducer<String, Object> producer;
    private final Duration closeTimeout;
    private final KafkaClientMetrics metrics;

    /** @param meters where the producer's own metrics (kafka.producer.*) are shown */
    public KafkaPublisher(Map<String, Object> producerConfig, Serializer<Object> valueSerializer, Duration closeTimeout,
                          MeterRegistry meters) {
        this.producer = new KafkaProducer<>(producerConfig, new StringSerializer(), valueSerializer);
        this.closeTimeout = closeTimeout;
        this.metrics = new KafkaClientMetrics(producer);
        metrics.bindTo(meters);
    }

    @Override
    public CompletableFuture<Void> send(String topic, String key, Object value) {
        CompletableFuture<Void> acked = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(topic, key, value), (metadata, error) -> {
                if (error == null) {
                    acked.complete(null);
                } else {
                    acked.completeExceptionally(error);
                }
            });
        } catch (RuntimeException e) {
            // Serialization (registry unreachable), a full buffer past max.block.ms, a closed producer.
            acked.completeExceptionally(e);
        }
        return acked;
    }

    @Override
    public void close() {
        metrics.close();
        producer.close(closeTimeout);
    }
}
