package io.newswire.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.RawArticle;
import io.newswire.serde.registry.MockSchemaRegistry;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code schema.registry.url=mock://scope} selects a shared in-memory registry, as with Confluent's serdes. */
class MockUrlTest {

    @AfterEach
    void dropScopes() {
        MockSchemaRegistry.dropScope("one");
        MockSchemaRegistry.dropScope("two");
    }

    @Test
    void serdesOfTheSameScopeShareARegistry() {
        SpecificAvroSerde<RawArticle> producer = serde("mock://one");
        SpecificAvroSerde<RawArticle> consumer = serde("mock://one");

        byte[] bytes = producer.serializer().serialize("news.raw", TestArticles.raw("a"));

        assertThat(consumer.deserializer().deserialize("news.raw", bytes)).isEqualTo(TestArticles.raw("a"));
        assertThat(MockSchemaRegistry.getClientForScope("one").latest("news.raw-value").schema())
                .isEqualTo(RawArticle.getClassSchema());
    }

    @Test
    void scopesAreSeparate() {
        serde("mock://one").serializer().serialize("news.raw", TestArticles.raw("a"));
        KafkaAvroSerializer other = new KafkaAvroSerializer();
        other.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://two"), false);
        other.serialize("other", "a string");

        assertThat(MockSchemaRegistry.getClientForScope("two").schemaById(1).getType())
                .isEqualTo(org.apache.avro.Schema.Type.STRING);
    }

    private static <T extends org.apache.avro.specific.SpecificRecord> SpecificAvroSerde<T> serde(String url) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>();
        serde.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, url), false);
        return serde;
    }
}
