package io.newswire.serde;

import io.newswire.serde.registry.SchemaRegistryClient;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Deserializes Confluent wire-format Avro, as {@code io.confluent.kafka.serializers.KafkaAvroDeserializer} does and
 * with the same configuration (see {@link SerdeConfig}): a {@link org.apache.avro.generic.GenericRecord} read with
 * the writer schema, or with {@code specific.avro.reader=true} the generated class named by the writer schema, read
 * with the class's schema (so records written with older schema versions are resolved into the current class).
 * Primitive values come back as Java primitives; strings as {@link String}.
 *
 * <p>Failures are {@link org.apache.kafka.common.errors.SerializationException}s saying what was wrong: bytes not in
 * the wire format ({@link WireFormatException}), an unknown schema id
 * ({@link io.newswire.serde.registry.UnknownSchemaIdException}), an unreachable registry, or bytes that do not decode
 * with the writer schema. They are thrown, never swallowed, so that applications can route the record to a
 * dead-letter topic. Thread-safe once configured.
 */
public final class KafkaAvroDeserializer implements Deserializer<Object> {

    private final SchemaRegistryClient givenClient;
    private volatile AvroPayloadDecoder decoder;

    /** For Kafka to instantiate by class name; {@link #configure} builds the registry client. */
    public KafkaAvroDeserializer() {
        this.givenClient = null;
    }

    /** Uses {@code client} (wrapped in a cache) instead of building one from {@code schema.registry.url}. */
    public KafkaAvroDeserializer(SchemaRegistryClient client) {
        this.givenClient = Objects.requireNonNull(client, "client");
    }

    /** Uses {@code client} and configures this deserializer for record values. */
    public KafkaAvroDeserializer(SchemaRegistryClient client, Map<String, ?> configs) {
        this(client);
        configure(configs, false);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        SerdeConfig config = new SerdeConfig(configs);
        decoder = new AvroPayloadDecoder(RegistryClients.resolve(givenClient, config), config, isKey);
    }

    /** The decoded value; null for null bytes. */
    @Override
    public Object deserialize(String topic, byte[] data) {
        AvroPayloadDecoder configured = decoder;
        if (configured == null) {
            throw new IllegalStateException("KafkaAvroDeserializer is not configured: call configure() with "
                    + SerdeConfig.SCHEMA_REGISTRY_URL + " first");
        }
        return configured.decode(topic, data);
    }
}
