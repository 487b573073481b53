package io.newswire.serde;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;

/** Earlier and later versions of a record schema, made by editing its top-level fields. */
final class SchemaEdits {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SchemaEdits() {
    }

    /** The schema without the named top-level fields: what an older version looked like. */
    static Schema withoutFields(Schema schema, String... names) {
        ObjectNode root = parse(schema);
        ArrayNode kept = JSON.createArrayNode();
        root.withArray("fields").forEach(field -> {
            if (!Set.of(names).contains(field.get("name").asText())) {
                kept.add(field);
            }
        });
        root.set("fields", kept);
        return new Schema.Parser().parse(root.toString());
    }

    /** The schema with one more top-level field given as JSON, e.g. a newer version. */
    static Schema withField(Schema schema, String fieldJson) {
        ObjectNode root = parse(schema);
        try {
            root.withArray("fields").add(JSON.readTree(fieldJson));
        } catch (Exception e) {
            throw new IllegalArgumentException(fieldJson, e);
        }
        return new Schema.Parser().parse(root.toString());
    }

    /** A generated record as a generic record of another schema (e.g. an older version), by Avro resolution. */
    static GenericRecord asRecordOf(SpecificRecord record, Schema target) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
            new SpecificDatumWriter<SpecificRecord>(record.getSchema()).write(record, encoder);
            encoder.flush();
            return new GenericDatumReader<GenericRecord>(record.getSchema(), target)
                    .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode parse(Schema schema) {
        try {
            return (ObjectNode) JSON.readTree(schema.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
