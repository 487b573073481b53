package io.newswire.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.serde.registry.MockSchemaRegistryClient;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.Utf8;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class GenericAvroSerdeTest {

    private static final Schema NOTE = SchemaBuilder.record("Note").namespace("io.newswire.test").fields()
            .requiredString("text").requiredInt("count").optionalString("comment").endRecord();

    private final MockSchemaRegistryClient registry = new MockSchemaRegistryClient();
    private final GenericAvroSerde serde = new GenericAvroSerde(registry);

    GenericAvroSerdeTest() {
        serde.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://unused"), false);
    }

    @Test
    void writesExactlyTheBytesOfTheWireFormat() {
        GenericRecord note = note("hé", 3);

        byte[] bytes = serde.serializer().serialize("notes", note);

        // magic 0, id 1 big-endian, then Avro: "hé" (zigzag length 3 -> 06, UTF-8), int 3 (zigzag 06), null branch 0
        assertThat(bytes).containsExactly(0x00, 0x00, 0x00, 0x00, 0x01, 0x06, 0x68, 0xc3, 0xa9, 0x06, 0x00);
    }

    @Test
    void schemaIdsAreWrittenBigEndian() {
        for (int i = 1; i < 300; i++) {
            registry.register("filler-" + i, SchemaBuilder.record("Filler" + i).fields().requiredInt("x").endRecord());
        }

        byte[] bytes = serde.serializer().serialize("notes", note("x", 1));

        assertThat(registry.latest("notes-value").id()).isEqualTo(300);
        assertThat(bytes).startsWith(0x00, 0x00, 0x00, 0x01, 0x2c);
    }

    @Test
    void roundTripsGenericRecordsReadWithTheWriterSchema() {
        GenericRecord note = note("Grüße 🗞️", 42);

        GenericRecord back = serde.deserializer().deserialize("notes", serde.serializer().serialize("notes", note));

        assertThat(back).isEqualTo(note);
        assertThat(back.getSchema()).isEqualTo(NOTE);
        // As with Confluent's generic deserializer, strings are Avro's Utf8.
        assertThat(back.get("text")).isEqualTo(new Utf8("Grüße 🗞️"));
        assertThat(back.get("comment")).isNull();
    }

    @Test
    void refusesPayloadsThatHoldNoRecord() {
        KafkaAvroSerializer primitives = new KafkaAvroSerializer(registry, Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://unused"));
        byte[] text = primitives.serialize("notes", "just a string");

        assertThatThrownBy(() -> serde.deserializer().deserialize("notes", text))
                .isInstanceOf(SerializationException.class)
                .hasMessage("topic notes holds a String, not an Avro record");
    }

    private static GenericRecord note(String text, int count) {
        GenericRecord note = new GenericData.Record(NOTE);
        note.put("text", text);
        note.put("count", count);
        return note;
    }
}
