package io.newswire.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.avro.RawArticle;
import io.newswire.serde.registry.MockSchemaRegistry;
import io.newswire.serde.registry.UnknownSchemaIdException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every way a payload can fail to decode gives a SerializationException saying what was wrong. */
class DeserializationErrorsTest {

    private static final String SCOPE = "deserialization-errors";
    private static final Map<String, String> CONFIG = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE);

    private final SpecificAvroSerde<RawArticle> serde = new SpecificAvroSerde<>();

    DeserializationErrorsTest() {
        serde.configure(CONFIG, false);
    }

    @AfterEach
    void dropRegistry() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Test
    void unknownSchemaId() {
        byte[] payload = {0, 0, 0, 0x04, (byte) 0xd2, 2, 'x'};

        assertThatThrownBy(() -> serde.deserializer().deserialize("news.raw", payload))
                .isInstanceOf(UnknownSchemaIdException.class)
                .isInstanceOf(SerializationException.class)
                .hasMessage("unknown schema id 1234 (registry mock://deserialization-errors)");
    }

    @Test
    void wrongMagicByte() {
        byte[] json = "{\"id\":1}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> serde.deserializer().deserialize("news.raw", json))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("unknown magic byte 0x7b: not Confluent Avro wire format (first bytes: 7b 22 69 64 22 3a 31 7d)");
    }

    @Test
    void tooShort() {
        assertThatThrownBy(() -> serde.deserializer().deserialize("news.raw", new byte[] {0, 0}))
                .isInstanceOf(WireFormatException.class)
                .hasMessageStartingWith("payload of 2 bytes is too short for Confluent Avro wire format");
    }

    @Test
    void truncatedAvroData() {
        byte[] whole = serde.serializer().serialize("news.raw", TestArticles.raw("a"));
        byte[] truncated = Arrays.copyOf(whole, 40);

        assertThatThrownBy(() -> serde.deserializer().deserialize("news.raw", truncated))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("cannot decode Avro payload of 40 bytes from topic news.raw with writer schema"
                        + " id 1 (io.newswire.avro.RawArticle): ");
    }

    @Test
    void writerSchemaWithoutGeneratedClass() {
        GenericAvroSerde generic = new GenericAvroSerde();
        generic.configure(CONFIG, false);
        GenericRecord unknown = new GenericData.Record(SchemaBuilder.record("Gone").namespace("io.newswire.nowhere")
                .fields().requiredString("x").endRecord());
        unknown.put("x", "y");
        byte[] bytes = generic.serializer().serialize("other", unknown);

        assertThatThrownBy(() -> serde.deserializer().deserialize("other", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessage("specific.avro.reader=true but no generated class io.newswire.nowhere.Gone (named by writer"
                        + " schema id 1) is on the class path");
        assertThat(generic.deserializer().deserialize("other", bytes)).isEqualTo(unknown);
    }
}
