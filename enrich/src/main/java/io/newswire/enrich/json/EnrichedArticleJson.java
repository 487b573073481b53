package io.newswire.enrich.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.avro.EnrichedArticle;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import org.apache.avro.LogicalTypes;
import org.apache.avro.Schema;
import org.apache.avro.generic.IndexedRecord;

/**
 * Plain JSON for an {@link EnrichedArticle}: the Avro field names, nulls kept, timestamps as ISO-8601 strings,
 * enums as strings, unions unwrapped (unlike Avro's own JSON encoding). What {@code explain --json} prints and
 * what {@code score.py} reads.
 */
public final class EnrichedArticleJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EnrichedArticleJson() {
    }

    public static ObjectNode toTree(EnrichedArticle article) {
        return (ObjectNode) node(article, article.getSchema());
    }

    /** One line of JSON. */
    public static String toJson(EnrichedArticle article) {
        try {
            return MAPPER.writeValueAsString(toTree(article));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode node(Object value, Schema schema) {
        if (value == null) {
            return NODES.nullNode();
        }
        switch (schema.getType()) {
            case UNION -> {
                for (Schema branch : schema.getTypes()) {
                    if (branch.getType() != Schema.Type.NULL) {
                        return node(value, branch);
                    }
                }
                return NODES.nullNode();
            }
            case RECORD -> {
                ObjectNode o = NODES.objectNode();
                IndexedRecord r = (IndexedRecord) value;
                for (Schema.Field f : schema.getFields()) {
                    o.set(f.name(), node(r.get(f.pos()), f.schema()));
                }
                return o;
            }
            case ARRAY -> {
                ArrayNode a = NODES.arrayNode();
                for (Object item : (Collection<?>) value) {
                    a.add(node(item, schema.getElementType()));
                }
                return a;
            }
            case LONG -> {
                if (value instanceof Instant i) {
                    return NODES.textNode(i.toString());
                }
                if (schema.getLogicalType() instanceof LogicalTypes.TimestampMillis) {
                    return NODES.textNode(Instant.ofEpochMilli((Long) value).toString());
                }
                return NODES.numberNode((Long) value);
            }
            case INT -> {
                return NODES.numberNode(((Number) value).intValue());
            }
            case DOUBLE, FLOAT -> {
                return NODES.numberNode(((Number) value).doubleValue());
            }
            case BOOLEAN -> {
                return NODES.booleanNode((Boolean) value);
            }
            case BYTES -> {
                ByteBuffer b = ((ByteBuffer) value).duplicate();
                byte[] bytes = new byte[b.remaining()];
                b.get(bytes);
                return NODES.textNode(Base64.getEncoder().encodeToString(bytes));
            }
            default -> {
                return NODES.textNode(value.toString()); // STRING, ENUM
            }
        }
    }
}
