package io.newswire.serde;

import io.newswire.serde.registry.SchemaRegistryClient;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for generated Avro classes in the Confluent wire format, configured with Confluent's keys (see
 * {@link SerdeConfig}); a drop-in for {@code io.confluent.kafka.streams.serdes.avro.SpecificAvroSerde}, e.g. as
 * Kafka Streams' {@code default.value.serde}.
 *
 * @param <T> the generated record class
 */
public final class SpecificAvroSerde<T extends SpecificRecord> implements Serde<T> {

    private final SpecificAvroSerializer<T> serializer;
    private final SpecificAvroDeserializer<T> deserializer;

    /** For Kafka to instantiate by class name. */
    public SpecificAvroSerde() {
        this.serializer = new SpecificAvroSerializer<>();
        this.deserializer = new SpecificAvroDeserializer<>();
    }

    /**
     * Uses {@code client} instead of building one from {@code schema.registry.url}; serializer and deserializer share
     * one cache over it, so records this serde wrote are read without asking the registry.
     */
    public SpecificAvroSerde(SchemaRegistryClient client) {
        SchemaRegistryClient cached = RegistryClients.cached(client);
        this.serializer = new SpecificAvroSerializer<>(cached);
        this.deserializer = new SpecificAvroDeserializer<>(cached);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
