package io.newswire.ingest.publish;

import io.newswire.ingest.IngestSettings;
import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.Config;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * The Kafka client and serde configurations ingest uses. Producer: idempotent with acks=all (not overridable: they
 * are what "published" means), batching and compression for throughput (overridable with {@code kafka.*}), and sizes
 * derived from ingest.max-file-size so that any file under the limit fits into one record.
 */
public final class ClientConfigs {
    /** Decoding can make text longer: one windows-1252 byte may become three UTF-8 bytes. */
    private static final int WORST_CASE_UTF8_GROWTH = 3;

    private ClientConfigs() {
    }

    public static Map<String, Object> producer(Config config, String clientId) {
        long maxRecord = WORST_CASE_UTF8_GROWTH * config.get(IngestSettings.MAX_FILE_SIZE) + (1 << 20);
        long sendTimeout = config.get(IngestSettings.SEND_TIMEOUT).toMillis();
        Map<String, Object> p = new HashMap<>();
        p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, KafkaClients.PRODUCER_BATCH_BYTES);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, (int) Math.min(Integer.MAX_VALUE, maxRecord));
        p.put(ProducerConfig.BUFFER_MEMORY_CONFIG, Math.max(64L << 20, 2 * maxRecord));
        p.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(sendTimeout, 10_000));
        p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.max(1000, Math.min(30_000, sendTimeout / 2)));
        p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) sendTimeout);
        p.putAll(config.kafkaProperties());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        // The producer refuses delivery.timeout.ms < linger.ms + request.timeout.ms; honour overrides of either.
        long minDelivery = asLong(p.get(ProducerConfig.LINGER_MS_CONFIG)) + asLong(p.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG));
        if (asLong(p.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)) < minDelivery) {
            p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) minDelivery);
        }
        return p;
    }

    public static Map<String, Object> admin(Config config, String clientId) {
        Map<String, Object> a = KafkaClients.common(config);
        a.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        return a;
    }

    private static long asLong(Object v) {
        return v instanceof Number n ? n.longValue() : Long.parseLong(v.toString().strip());
    }
}
