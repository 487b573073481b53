package io.newswire.serde;

import io.newswire.serde.registry.SchemaRegistryClient;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serializes Avro values (specific or generic records, enums, fixed, and primitives) into the Confluent wire format,
 * as {@code io.confluent.kafka.serializers.KafkaAvroSerializer} does and with the same configuration (see
 * {@link SerdeConfig}). The schema id comes from registering the value's schema under {@code <topic>-value} (or
 * {@code -key}), from looking it up ({@code auto.register.schemas=false}), or from the subject's latest version
 * ({@code use.latest.version=true}). Registry answers are cached, so steady-state serialization makes no HTTP calls.
 * Thread-safe once configured. Failures are {@link org.apache.kafka.common.errors.SerializationException}s.
 */
public final class KafkaAvroSerializer implements Serializer<Object> {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaAvroSerializer.class);

    private final SchemaRegistryClient givenClient;
    private volatile AvroPayloadEncoder encoder;

    /** For Kafka to instantiate by class name; {@link #configure} builds the registry client. */
    public KafkaAvroSerializer() {
        this.givenClient = null;
    }

    /** Uses {@code client} (wrapped in a cache) instead of building one from {@code schema.registry.url}. */
    public KafkaAvroSerializer(SchemaRegistryClient client) {
        this.givenClient = Objects.requireNonNull(client, "client");
    }

    /** Uses {@code client} and configures this serializer for record values. */
    public KafkaAvroSerializer(SchemaRegistryClient client, Map<String, ?> configs) {
        this(client);
        configure(configs, false);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        SerdeConfig config = new SerdeConfig(configs);
        if (config.autoRegisterSchemas() && config.useLatestVersion()) {
            LOG.warn("{}=true has no effect while {}=true (as with Confluent's serializer)",
                    SerdeConfig.USE_LATEST_VERSION, SerdeConfig.AUTO_REGISTER_SCHEMAS);
        }
        encoder = new AvroPayloadEncoder(RegistryClients.resolve(givenClient, config), config, isKey);
    }

    /** The value in wire format; null for a null value (a tombstone). */
    @Override
    public byte[] serialize(String topic, Object value) {
        AvroPayloadEncoder configured = encoder;
        if (configured == null) {
            throw new IllegalStateException("KafkaAvroSerializer is not configured: call configure() with "
                    + SerdeConfig.SCHEMA_REGISTRY_URL + " first");
        }
        return configured.encode(topic, value);
    }
}
