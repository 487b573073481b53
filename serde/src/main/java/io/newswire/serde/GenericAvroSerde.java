package io.newswire.serde;

import io.newswire.serde.registry.SchemaRegistryClient;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for {@link GenericRecord}s in the Confluent wire format, configured with Confluent's keys (see
 * {@link SerdeConfig}); a drop-in for {@code io.confluent.kafka.streams.serdes.avro.GenericAvroSerde}.
 */
public final class GenericAvroSerde implements Serde<GenericRecord> {

    private final GenericAvroSerializer serializer;
    private final GenericAvroDeserializer deserializer;

    /** For Kafka to instantiate by class name. */
    public GenericAvroSerde() {
        this.serializer = new GenericAvroSerializer();
        this.deserializer = new GenericAvroDeserializer();
    }

    /**
     * Uses {@code client} instead of building one from {@code schema.registry.url}; serializer and deserializer share
     * one cache over it, so records this serde wrote are read without asking the registry.
     */
    public GenericAvroSerde(SchemaRegistryClient client) {
        SchemaRegistryClient cached = RegistryClients.cached(client);
        this.serializer = new GenericAvroSerializer(cached);
        this.deserializer = new GenericAvroDeserializer(cached);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        serializer.configure(configs, isKey);
        deserializer.configure(configs, isKey);
    }

    @Override
    public Serializer<GenericRecord> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<GenericRecord> deserializer() {
        return deserializer;
    }
}
