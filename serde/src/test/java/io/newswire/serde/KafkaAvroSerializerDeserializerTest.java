package io.newswire.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.serde.registry.MockSchemaRegistryClient;
import io.newswire.serde.registry.RegistryResponseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class KafkaAvroSerializerDeserializerTest {

    private final MockSchemaRegistryClient registry = new MockSchemaRegistryClient("mock://test");

    private KafkaAvroSerializer serializer(Object... keyValues) {
        return new KafkaAvroSerializer(registry, config(keyValues));
    }

    private KafkaAvroDeserializer deserializer(Object... keyValues) {
        return new KafkaAvroDeserializer(registry, config(keyValues));
    }

    private static Map<String, Object> config(Object... keyValues) {
        Map<String, Object> config = new HashMap<>();
        config.put(SerdeConfig.SCHEMA_REGISTRY_URL, "http://unused:8081");
        for (int i = 0; i < keyValues.length; i += 2) {
            config.put((String) keyValues[i], keyValues[i + 1]);
        }
        return config;
    }

    @Test
    void returnsGenericRecordsUnlessSpecificReaderIsOn() {
        byte[] bytes = serializer().serialize("news.raw", TestArticles.raw("a1"));

        Object generic = deserializer().deserialize("news.raw", bytes);
        Object specific = deserializer(SerdeConfig.SPECIFIC_AVRO_READER, "true").deserialize("news.raw", bytes);

        assertThat(generic).isInstanceOf(GenericData.Record.class);
        assertThat(((GenericRecord) generic).get("id").toString()).isEqualTo("a1");
        // Without logical-type conversions, as in Confluent's generic reader: timestamps stay epoch millis.
        assertThat(((GenericRecord) generic).get("ingestedAt")).isEqualTo(1_760_000_100_456L);
        assertThat(specific).isEqualTo(TestArticles.raw("a1"));
    }

    @Test
    void specificValueTypeChoosesTheReaderClass() {
        byte[] bytes = serializer().serialize("news.raw", TestArticles.raw("a1"));

        Object value = deserializer(SerdeConfig.SPECIFIC_AVRO_READER, true,
                SerdeConfig.SPECIFIC_AVRO_VALUE_TYPE, RawArticle.class.getName()).deserialize("news.raw", bytes);

        assertThat(value).isEqualTo(TestArticles.raw("a1"));
    }

    @Test
    void roundTripsPrimitivesLikeConfluent() {
        KafkaAvroSerializer keys = new KafkaAvroSerializer(registry);
        keys.configure(config(), true);
        KafkaAvroDeserializer keyReader = new KafkaAvroDeserializer(registry);
        keyReader.configure(config(), true);

        assertThat(keyReader.deserialize("texts", keys.serialize("texts", "article-1"))).isEqualTo("article-1");
        assertThat(keyReader.deserialize("counts", keys.serialize("counts", 42L))).isEqualTo(42L);
        assertThat(registry.latest("texts-key").schema().getType()).isEqualTo(Schema.Type.STRING);
        assertThat(registry.latest("counts-key").schema().getType()).isEqualTo(Schema.Type.LONG);
    }

    @Test
    void writesByteArraysRawWithoutAvroLengthPrefixLikeConfluent() {
        byte[] raw = {1, 2, 3};

        byte[] bytes = serializer().serialize("blobs", raw);

        assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).containsExactly(1, 2, 3);
        assertThat((byte[]) deserializer().deserialize("blobs", bytes)).containsExactly(1, 2, 3);
    }

    @Test
    void withoutAutoRegisterLooksTheSchemaUp() {
        int id = registry.register("news.raw-value", RawArticle.getClassSchema());

        byte[] bytes = serializer(SerdeConfig.AUTO_REGISTER_SCHEMAS, false).serialize("news.raw", TestArticles.raw("a"));

        assertThat(WireFormat.schemaId(bytes)).isEqualTo(id);
    }

    @Test
    void withoutAutoRegisterAnUnregisteredSchemaFailsWithTheRegistrysAnswer() {
        KafkaAvroSerializer serializer = serializer(SerdeConfig.AUTO_REGISTER_SCHEMAS, "false");

        assertThatThrownBy(() -> serializer.serialize("news.raw", TestArticles.raw("a")))
                .isInstanceOf(RegistryResponseException.class)
                .hasMessage("schema registry at mock://test rejected POST /subjects/news.raw-value: HTTP 404,"
                        + " error_code 40401: Subject 'news.raw-value' not found.");
    }

    @Test
    void useLatestVersionWritesWithTheSubjectsLatestSchema() {
        Schema newer = SchemaEdits.withField(EnrichedArticle.getClassSchema(),
                "{\"name\": \"region\", \"type\": \"string\", \"default\": \"unknown\"}");
        registry.register("news.enriched-value", EnrichedArticle.getClassSchema());
        int latestId = registry.register("news.enriched-value", newer);

        byte[] bytes = serializer(SerdeConfig.AUTO_REGISTER_SCHEMAS, false, SerdeConfig.USE_LATEST_VERSION, true)
                .serialize("news.enriched", TestArticles.enriched("e1"));

        assertThat(WireFormat.schemaId(bytes)).isEqualTo(latestId);
        GenericRecord written = (GenericRecord) deserializer().deserialize("news.enriched", bytes);
        assertThat(written.get("region").toString()).isEqualTo("unknown");
        assertThat(written.get("title").toString()).isEqualTo("Headline: " + TestArticles.UNICODE_TEXT);
        EnrichedArticle asCurrentClass = (EnrichedArticle) deserializer(SerdeConfig.SPECIFIC_AVRO_READER, true)
                .deserialize("news.enriched", bytes);
        assertThat(asCurrentClass).isEqualTo(TestArticles.enriched("e1"));
    }

    @Test
    void useLatestVersionFailsClearlyWhenTheValueCannotBeConverted() {
        Schema unrelated = SchemaEdits.withField(EnrichedArticle.getClassSchema(),
                "{\"name\": \"region\", \"type\": \"string\"}");
        registry.updateCompatibility("news.enriched-value", io.newswire.serde.registry.CompatibilityLevel.NONE);
        registry.register("news.enriched-value", unrelated);

        KafkaAvroSerializer serializer = serializer(SerdeConfig.AUTO_REGISTER_SCHEMAS, false, SerdeConfig.USE_LATEST_VERSION, true);

        assertThatThrownBy(() -> serializer.serialize("news.enriched", TestArticles.enriched("e1")))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("use.latest.version: a io.newswire.avro.EnrichedArticle cannot be converted to"
                        + " the latest schema of subject news.enriched-value (id 1, version 1): ")
                .hasMessageContaining("region");
    }

    @Test
    void refusesValuesAvroHasNoSchemaFor() {
        assertThatThrownBy(() -> serializer().serialize("t", Instant.EPOCH))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("cannot serialize a java.time.Instant as Avro");
    }

    @Test
    void reportsRecordsThatDoNotMatchTheirSchema() {
        RawArticle broken = TestArticles.raw("a");
        broken.put("content", null);

        assertThatThrownBy(() -> serializer().serialize("news.raw", broken))
                .isInstanceOf(SerializationException.class)
                .hasMessageStartingWith("cannot encode a io.newswire.avro.RawArticle for topic news.raw with schema id 1: ")
                .hasMessageContaining("content");
    }

    @Test
    void mustBeConfiguredBeforeUse() {
        assertThatThrownBy(() -> new KafkaAvroSerializer().serialize("t", "x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("KafkaAvroSerializer is not configured: call configure() with schema.registry.url first");
        assertThatThrownBy(() -> new KafkaAvroDeserializer().deserialize("t", new byte[5]))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("KafkaAvroDeserializer is not configured");
    }
}
