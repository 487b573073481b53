package io.newswire.serde;

import io.newswire.serde.registry.RegisteredSchema;
import io.newswire.serde.registry.SchemaRegistryClient;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericDatumWriter;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DatumWriter;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Turns a value into wire-format bytes the way Confluent's serializer does: find the schema id (register, look up,
 * or take the subject's latest), then write magic byte, id and Avro binary. Thread-safe.
 */
final class AvroPayloadEncoder {

    private record SchemaPair(Schema from, Schema to) {
    }

    private final SchemaRegistryClient registry;
    private final boolean autoRegister;
    private final boolean useLatestVersion;
    private final boolean isKey;
    private final Map<Schema, DatumWriter<Object>> specificWriters = new ConcurrentHashMap<>();
    private final Map<Schema, DatumWriter<Object>> genericWriters = new ConcurrentHashMap<>();
    private final Map<SchemaPair, GenericDatumReader<Object>> converters = new ConcurrentHashMap<>();
    /** Only a starting capacity: a stale value from another thread costs a copy, never correctness. */
    private int sizeHint = 256;

    AvroPayloadEncoder(SchemaRegistryClient registry, SerdeConfig config, boolean isKey) {
        this.registry = registry;
        this.autoRegister = config.autoRegisterSchemas();
        this.useLatestVersion = config.useLatestVersion();
        this.isKey = isKey;
    }

    /** Null (a tombstone) stays null. */
    byte[] encode(String topic, Object value) {
        if (value == null) {
            return null;
        }
        Schema schema = AvroSchemas.schemaOf(value);
        String subject = Subjects.of(topic, isKey);
        if (autoRegister) {
            return write(registry.register(subject, schema), schema, value, topic);
        }
        if (useLatestVersion) {
            RegisteredSchema latest = registry.latest(subject);
            Object datum = latest.schema().equals(schema) ? value : convert(value, schema, latest);
            return write(latest.id(), latest.schema(), datum, topic);
        }
        return write(registry.lookup(subject, schema).id(), schema, value, topic);
    }

    private byte[] write(int schemaId, Schema schema, Object datum, String topic) {
        PayloadBuffer out = new PayloadBuffer(sizeHint);
        WireFormat.writeHeader(out, schemaId);
        if (datum instanceof byte[] bytes) {
            // Confluent writes byte[] values raw, without Avro's length prefix; its deserializer expects that.
            out.write(bytes, 0, bytes.length);
            return out.toByteArray();
        }
        try {
            writeAvro(datum, schema, EncoderFactory.get().directBinaryEncoder(out, null));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot encode a " + AvroSchemas.nameOf(schema) + " for topic " + topic
                    + " with schema id " + schemaId + ": " + e.getMessage(), e);
        }
        byte[] payload = out.toByteArray();
        // Consecutive values on a topic tend to be of similar size: start the next buffer big enough.
        sizeHint = payload.length + 64;
        return payload;
    }

    private void writeAvro(Object datum, Schema schema, BinaryEncoder encoder) throws IOException {
        DatumWriter<Object> writer = datum instanceof SpecificRecord
                // SpecificDatumWriter finds the generated class's model, with its logical-type conversions.
                ? specificWriters.computeIfAbsent(schema, SpecificDatumWriter::new)
                : genericWriters.computeIfAbsent(schema, s -> new GenericDatumWriter<>(s, GenericData.get()));
        writer.write(datum, encoder);
        encoder.flush();
    }

    /** {@code value} as a datum of the latest schema, by Avro schema resolution (own schema as writer). */
    private Object convert(Object value, Schema own, RegisteredSchema latest) {
        try {
            PayloadBuffer out = new PayloadBuffer(sizeHint);
            writeAvro(value, own, EncoderFactory.get().directBinaryEncoder(out, null));
            GenericDatumReader<Object> reader = converters.computeIfAbsent(new SchemaPair(own, latest.schema()),
                    pair -> new GenericDatumReader<>(pair.from(), pair.to(), GenericData.get()));
            return reader.read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("use.latest.version: a " + AvroSchemas.nameOf(own) + " cannot be converted to the"
                    + " latest schema of subject " + latest.subject() + " (id " + latest.id() + ", version "
                    + latest.version() + "): " + e.getMessage(), e);
        }
    }

}
