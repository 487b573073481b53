package io.newswire.serde;

import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericContainer;
import org.apache.kafka.common.errors.SerializationException;

/** The Avro schema of a value to serialize: its own for records, enums and fixed; a primitive schema otherwise. */
final class AvroSchemas {

    private static final Map<Class<?>, Schema> PRIMITIVES = Map.of(
            Boolean.class, Schema.create(Schema.Type.BOOLEAN),
            Integer.class, Schema.create(Schema.Type.INT),
            Long.class, Schema.create(Schema.Type.LONG),
            Float.class, Schema.create(Schema.Type.FLOAT),
            Double.class, Schema.create(Schema.Type.DOUBLE),
            byte[].class, Schema.create(Schema.Type.BYTES));
    private static final Schema STRING = Schema.create(Schema.Type.STRING);
    private static final Schema BYTES = Schema.create(Schema.Type.BYTES);

    private AvroSchemas() {
    }

    /**
     * @throws SerializationException for values Avro has no schema for
     */
    static Schema schemaOf(Object value) {
        if (value instanceof GenericContainer container) {
            return container.getSchema();
        }
        if (value instanceof CharSequence) {
            return STRING;
        }
        if (value instanceof ByteBuffer) {
            return BYTES;
        }
        Schema primitive = PRIMITIVES.get(value.getClass());
        if (primitive == null) {
            throw new SerializationException("cannot serialize a " + value.getClass().getName() + " as Avro: expected"
                    + " a record, enum or fixed (GenericContainer), a CharSequence, byte[], ByteBuffer, Boolean,"
                    + " Integer, Long, Float or Double");
        }
        return primitive;
    }

    /** The full name of a named schema, else the type name: how error messages refer to a schema. */
    static String nameOf(Schema schema) {
        return switch (schema.getType()) {
            case RECORD, ENUM, FIXED -> schema.getFullName();
            default -> schema.getType().getName();
        };
    }
}
