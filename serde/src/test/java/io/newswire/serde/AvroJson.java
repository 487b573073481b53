package io.newswire.serde;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * What an Avro value looks like as plain JSON (records as objects, unions unwrapped, enums as names, timestamps as
 * epoch millis, bytes as base64): the shape {@code consume.mjs} prints what Confluent's JavaScript client decoded.
 */
final class AvroJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Compares numbers by value: JavaScript prints the double 0.0 as {@code 0}. */
    static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return Double.compare(a.doubleValue(), b.doubleValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private AvroJson() {
    }

    static JsonNode of(Object datum, Schema schema) {
        if (datum == null) {
            return NODES.nullNode();
        }
        return switch (schema.getType()) {
            case RECORD -> record((IndexedRecord) datum, schema);
            case ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                ((Collection<?>) datum).forEach(item -> array.add(of(item, schema.getElementType())));
                yield array;
            }
            case MAP -> {
                ObjectNode map = NODES.objectNode();
                ((Map<?, ?>) datum).forEach((k, v) -> map.set(k.toString(), of(v, schema.getValueType())));
                yield map;
            }
            case UNION -> of(datum, nonNullBranch(schema));
            case STRING, ENUM -> NODES.textNode(datum.toString());
            case LONG -> NODES.numberNode(datum instanceof Instant instant ? instant.toEpochMilli() : (long) (Long) datum);
            case INT -> NODES.numberNode((Integer) datum);
            case DOUBLE -> NODES.numberNode((Double) datum);
            case FLOAT -> NODES.numberNode((Float) datum);
            case BOOLEAN -> NODES.booleanNode((Boolean) datum);
            case BYTES -> NODES.textNode(Base64.getEncoder().encodeToString(bytes(datum)));
            default -> throw new IllegalArgumentException("no JSON form for " + schema);
        };
    }

    private static ObjectNode record(IndexedRecord record, Schema schema) {
        ObjectNode object = NODES.objectNode();
        for (Schema.Field field : schema.getFields()) {
            object.set(field.name(), of(record.get(field.pos()), field.schema()));
        }
        return object;
    }

    /** Our schemas' unions are all [null, something]. */
    private static Schema nonNullBranch(Schema union) {
        return union.getTypes().stream().filter(branch -> branch.getType() != Schema.Type.NULL).reduce((a, b) -> {
            throw new IllegalArgumentException("union with several non-null branches: " + union);
        }).orElseThrow();
    }

    private static byte[] bytes(Object datum) {
        if (datum instanceof byte[] array) {
            return array;
        }
        ByteBuffer buffer = ((ByteBuffer) datum).duplicate();
        byte[] array = new byte[buffer.remaining()];
        buffer.get(array);
        return array;
    }
}
