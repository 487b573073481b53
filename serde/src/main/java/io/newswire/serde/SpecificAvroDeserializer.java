package io.newswire.serde;

import io.newswire.serde.registry.SchemaRegistryClient;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Deserializes Confluent wire-format Avro into generated classes, reading with the class's schema so that records
 * written with older schema versions resolve into the current class; the counterpart of Confluent's
 * {@code io.confluent.kafka.streams.serdes.avro.SpecificAvroDeserializer}. Forces {@code specific.avro.reader=true}.
 * See {@link KafkaAvroDeserializer}.
 *
 * @param <T> the generated record class
 */
public final class SpecificAvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private final KafkaAvroDeserializer inner;

    /** For Kafka to instantiate by class name. */
    public SpecificAvroDeserializer() {
        this.inner = new KafkaAvroDeserializer();
    }

    /** Uses {@code client} instead of building one from {@code schema.registry.url}. */
    public SpecificAvroDeserializer(SchemaRegistryClient client) {
        this.inner = new KafkaAvroDeserializer(client);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        inner.configure(withSpecificReader(configs, true), isKey);
    }

    @SuppressWarnings("unchecked")
    @Override
    public T deserialize(String topic, byte[] data) {
        return (T) inner.deserialize(topic, data);
    }

    static Map<String, Object> withSpecificReader(Map<String, ?> configs, boolean specific) {
        Map<String, Object> copy = new HashMap<>(configs);
        copy.put(SerdeConfig.SPECIFIC_AVRO_READER, specific);
        return copy;
    }
}
