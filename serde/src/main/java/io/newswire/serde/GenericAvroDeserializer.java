package io.newswire.serde;

import io.newswire.serde.registry.SchemaRegistryClient;
import java.util.Map;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Deserializes Confluent wire-format Avro records into {@link GenericRecord}s read with the writer schema; the
 * counterpart of Confluent's {@code io.confluent.kafka.streams.serdes.avro.GenericAvroDeserializer}. Forces
 * {@code specific.avro.reader=false}. See {@link KafkaAvroDeserializer}.
 */
public final class GenericAvroDeserializer implements Deserializer<GenericRecord> {

    private final KafkaAvroDeserializer inner;

    /** For Kafka to instantiate by class name. */
    public GenericAvroDeserializer() {
        this.inner = new KafkaAvroDeserializer();
    }

    /** Uses {@code client} instead of building one from {@code schema.registry.url}. */
    public GenericAvroDeserializer(SchemaRegistryClient client) {
        this.inner = new KafkaAvroDeserializer(client);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        inner.configure(SpecificAvroDeserializer.withSpecificReader(configs, false), isKey);
    }

    /**
     * @throws SerializationException also when the payload holds a primitive rather
     *     than a record
     */
    @Override
    public GenericRecord deserialize(String topic, byte[] data) {
        Object value = inner.deserialize(topic, data);
        if (value == null || value instanceof GenericRecord) {
            return (GenericRecord) value;
        }
        throw new SerializationException("topic " + topic + " holds a "
                + value.getClass().getSimpleName() + ", not an Avro record");
    }
}
