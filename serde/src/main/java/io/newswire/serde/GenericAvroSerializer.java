package io.newswire.serde;

import io.newswire.serde.registry.SchemaRegistryClient;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serializes {@link GenericRecord}s into the Confluent wire format; the counterpart of Confluent's
 * {@code io.confluent.kafka.streams.serdes.avro.GenericAvroSerializer}. See {@link KafkaAvroSerializer}.
 */
public final class GenericAvroSerializer implements Serializer<GenericRecord> {

    private final KafkaAvroSerializer inner;

    /** For Kafka to instantiate by class name. */
    public GenericAvroSerializer() {
        this.inner = new KafkaAvroSerializer();
    }

    /** Uses {@code client} instead of building one from {@code schema.registry.url}. */
    public GenericAvroSerializer(SchemaRegistryClient client) {
        this.inner = new KafkaAvroSerializer(client);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        inner.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String topic, GenericRecord record) {
        return inner.serialize(topic, record);
    }
}
