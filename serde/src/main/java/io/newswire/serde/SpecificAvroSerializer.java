package io.newswire.serde;

import io.newswire.serde.registry.SchemaRegistryClient;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serializes generated Avro classes into the Confluent wire format; the counterpart of Confluent's
 * {@code io.confluent.kafka.streams.serdes.avro.SpecificAvroSerializer}. See {@link KafkaAvroSerializer}.
 *
 * @param <T> the generated record class
 */
public final class SpecificAvroSerializer<T extends SpecificRecord> implements Serializer<T> {

    private final KafkaAvroSerializer inner;

    /** For Kafka to instantiate by class name. */
    public SpecificAvroSerializer() {
        this.inner = new KafkaAvroSerializer();
    }

    /** Uses {@code client} instead of building one from {@code schema.registry.url}. */
    public SpecificAvroSerializer(SchemaRegistryClient client) {
        this.inner = new KafkaAvroSerializer(client);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        inner.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String topic, T record) {
        return inner.serialize(topic, record);
    }
}
