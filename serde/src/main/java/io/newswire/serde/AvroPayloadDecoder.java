package io.newswire.serde;

import io.newswire.serde.registry.SchemaRegistryClient;
import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Turns wire-format bytes back into a value the way Confluent's deserializer does: the writer schema is fetched by
 * the id in the payload; generic values are read with it, specific ones with the generated class's schema as reader
 * schema, so that Avro schema resolution lets newer code read records written with older schema versions.
 * Datum readers are cached per (writer id, reader schema). Thread-safe.
 */
final class AvroPayloadDecoder {

    private record ReaderKey(int writerId, Schema readerSchema) {
    }

    private final SchemaRegistryClient registry;
    private final boolean specific;
    private final Schema configuredReaderSchema;
    private final Map<Integer, Schema> readerSchemas = new ConcurrentHashMap<>();
    private final Map<ReaderKey, DatumReader<Object>> readers = new ConcurrentHashMap<>();

    AvroPayloadDecoder(SchemaRegistryClient registry, SerdeConfig config, boolean isKey) {
        this.registry = registry;
        this.specific = config.specificAvroReader();
        Class<?> type = config.specificAvroType(isKey);
        this.configuredReaderSchema = specific && type != null ? SpecificData.get().getSchema(type) : null;
    }

    /** Null stays null. */
    Object decode(String topic, byte[] payload) {
        if (payload == null) {
            return null;
        }
        int id = WireFormat.schemaId(payload);
        Schema writer = registry.schemaById(id);
        if (writer.getType() == Schema.Type.BYTES) {
            // Confluent writes byte[] values raw, without Avro's length prefix.
            return Arrays.copyOfRange(payload, WireFormat.HEADER_SIZE, payload.length);
        }
        Schema reader = readerSchemas.computeIfAbsent(id, writerId -> readerSchemaFor(writerId, writer));
        DatumReader<Object> datumReader = readers.computeIfAbsent(new ReaderKey(id, reader),
                key -> specific ? new SpecificDatumReader<>(writer, reader)
                        : new GenericDatumReader<>(writer, reader, GenericData.get()));
        try {
            Object value = datumReader.read(null, DecoderFactory.get().binaryDecoder(payload, WireFormat.HEADER_SIZE,
                    payload.length - WireFormat.HEADER_SIZE, null));
            // Confluent hands out java.lang.String for string values, not Avro's Utf8.
            return writer.getType() == Schema.Type.STRING ? value.toString() : value;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("cannot decode Avro payload of " + payload.length + " bytes from topic "
                    + topic + " with writer schema id " + id + " (" + AvroSchemas.nameOf(writer) + ")"
                    + (reader == writer ? "" : " as " + AvroSchemas.nameOf(reader)) + ": " + message(e), e);
        }
    }

    private Schema readerSchemaFor(int writerId, Schema writer) {
        if (!specific) {
            return writer;
        }
        if (configuredReaderSchema != null) {
            return configuredReaderSchema;
        }
        if (writer.getType() != Schema.Type.RECORD && writer.getType() != Schema.Type.ENUM
                && writer.getType() != Schema.Type.FIXED) {
            return writer;
        }
        Class<?> generated = SpecificData.get().getClass(writer);
        if (generated == null) {
            throw new SerializationException("specific.avro.reader=true but no generated class " + writer.getFullName()
                    + " (named by writer schema id " + writerId + ") is on the class path");
        }
        return SpecificData.get().getSchema(generated);
    }


    private static String message(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
