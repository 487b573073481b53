package io.newswire.platform.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import org.apache.avro.LogicalType;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericFixed;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificData;

/**
 * Renders any Avro datum (generic or generated) as plain JSON by walking its schema: records become objects with the
 * schema's field names, unions their value (not Avro's {"type": value} wrapping), enums strings, timestamps ISO-8601
 * strings, dates yyyy-MM-dd, bytes and fixed base64; nulls are kept so every field is present.
 */
public final class AvroJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Resolves union branches for generated classes too, whose timestamps are java.time values. */
    private static final GenericData DATA = unionResolver();

    private AvroJson() {
    }

    /** The record as a JSON tree. */
    public static ObjectNode toJson(IndexedRecord record) {
        return (ObjectNode) toJson(record, record.getSchema());
    }

    /** The record as one line of JSON text. */
    public static String toJsonLine(IndexedRecord record) {
        try {
            return MAPPER.writeValueAsString(toJson(record));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** Any datum of the given schema as a JSON tree. */
    public static JsonNode toJson(Object datum, Schema schema) {
        if (datum == null) {
            return NODES.nullNode();
        }
        return switch (schema.getType()) {
            case RECORD -> record((IndexedRecord) datum, schema);
            case UNION -> toJson(datum, schema.getTypes().get(DATA.resolveUnion(schema, datum)));
            case ARRAY -> array((Collection<?>) datum, schema.getElementType());
            case MAP -> map((Map<?, ?>) datum, schema.getValueType());
            case ENUM, STRING -> NODES.textNode(datum.toString());
            case BYTES -> NODES.textNode(base64(((ByteBuffer) datum).duplicate()));
            case FIXED -> NODES.textNode(Base64.getEncoder().encodeToString(((GenericFixed) datum).bytes()));
            case INT -> datum instanceof LocalDate date ? NODES.textNode(date.toString()) : intValue((Integer) datum, schema);
            case LONG -> datum instanceof Instant instant ? NODES.textNode(instant.toString()) : longValue((Long) datum, schema);
            case FLOAT -> number(((Float) datum).doubleValue());
            case DOUBLE -> number((Double) datum);
            case BOOLEAN -> NODES.booleanNode((Boolean) datum);
            case NULL -> NODES.nullNode();
        };
    }

    private static ObjectNode record(IndexedRecord record, Schema schema) {
        ObjectNode node = NODES.objectNode();
        for (Schema.Field field : schema.getFields()) {
            node.set(field.name(), toJson(record.get(field.pos()), field.schema()));
        }
        return node;
    }

    private static ArrayNode array(Collection<?> items, Schema itemSchema) {
        ArrayNode node = NODES.arrayNode();
        items.forEach(item -> node.add(toJson(item, itemSchema)));
        return node;
    }

    private static ObjectNode map(Map<?, ?> entries, Schema valueSchema) {
        ObjectNode node = NODES.objectNode();
        entries.forEach((k, v) -> node.set(k.toString(), toJson(v, valueSchema)));
        return node;
    }

    /** Generic data carries logical types as plain numbers; the schema says what they mean. */
    private static JsonNode intValue(int value, Schema schema) {
        return schema.getLogicalType() instanceof LogicalTypes.Date
                ? NODES.textNode(LocalDate.ofEpochDay(value).toString()) : NODES.numberNode(value);
    }

    private static JsonNode longValue(long value, Schema schema) {
        LogicalType type = schema.getLogicalType();
        if (type instanceof LogicalTypes.TimestampMillis) {
            return NODES.textNode(Instant.ofEpochMilli(value).toString());
        }
        if (type instanceof LogicalTypes.TimestampMicros) {
            return NODES.textNode(Instant.EPOCH.plus(value, ChronoUnit.MICROS).toString());
        }
        return NODES.numberNode(value);
    }

    /** JSON has no NaN or infinity; such a value is written as null rather than as invalid JSON. */
    private static JsonNode number(double value) {
        return Double.isFinite(value) ? NODES.numberNode(value) : NODES.nullNode();
    }

    private static GenericData unionResolver() {
        SpecificData data = new SpecificData();
        data.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
        data.addLogicalTypeConversion(new TimeConversions.TimestampMicrosConversion());
        data.addLogicalTypeConversion(new TimeConversions.DateConversion());
        return data;
    }

    private static String base64(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
