package io.newswire.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.serde.registry.MockSchemaRegistryClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Steady-state serialization and deserialization ask the registry nothing. */
class CachingTest {

    private final CountingRegistryClient registry = new CountingRegistryClient(new MockSchemaRegistryClient());
    private final Map<String, String> config = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://unused:8081");

    @Test
    void registersEachSchemaOncePerSubject() {
        SpecificAvroSerde<RawArticle> serde = new SpecificAvroSerde<>(registry);
        serde.configure(config, false);

        for (int i = 0; i < 100; i++) {
            serde.serializer().serialize("news.raw", TestArticles.raw("a" + i));
        }
        serde.serializer().serialize("news.raw.retry", TestArticles.raw("b"));

        assertThat(registry.calls("register")).isEqualTo(2);
    }

    @Test
    void fetchesEachWriterSchemaOnceAndNotAtAllIfThisProcessRegisteredIt() {
        SpecificAvroSerde<RawArticle> producer = new SpecificAvroSerde<>(registry);
        producer.configure(config, false);
        SpecificAvroSerde<RawArticle> consumer = new SpecificAvroSerde<>(registry);
        consumer.configure(config, false);
        byte[] bytes = producer.serializer().serialize("news.raw", TestArticles.raw("a"));

        for (int i = 0; i < 100; i++) {
            assertThat(consumer.deserializer().deserialize("news.raw", bytes).getId()).isEqualTo("a");
            assertThat(producer.deserializer().deserialize("news.raw", bytes).getId()).isEqualTo("a");
        }

        assertThat(registry.calls("schemaById")).isEqualTo(1);
    }

    @Test
    void looksUpAndFetchesLatestOnce() {
        registry.register("news.raw-value", RawArticle.getClassSchema());
        KafkaAvroSerializer lookingUp = new KafkaAvroSerializer(registry, Map.of(SerdeConfig.SCHEMA_REGISTRY_URL,
                "http://unused", SerdeConfig.AUTO_REGISTER_SCHEMAS, "false"));
        KafkaAvroSerializer latest = new KafkaAvroSerializer(registry, Map.of(SerdeConfig.SCHEMA_REGISTRY_URL,
                "http://unused", SerdeConfig.AUTO_REGISTER_SCHEMAS, "false", SerdeConfig.USE_LATEST_VERSION, "true"));

        for (int i = 0; i < 50; i++) {
            lookingUp.serialize("news.raw", TestArticles.raw("a"));
            latest.serialize("news.raw", TestArticles.raw("a"));
        }

        assertThat(registry.calls("lookup")).isEqualTo(1);
        assertThat(registry.calls("latest")).isEqualTo(1);
    }

    @Test
    void concurrentUseAsksOnceAndRoundTripsEveryRecord() throws Exception {
        SpecificAvroSerde<EnrichedArticle> serde = new SpecificAvroSerde<>(registry);
        serde.configure(config, false);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String id = "e" + i;
                results.add(pool.submit(() -> {
                    EnrichedArticle article = TestArticles.enriched(id);
                    byte[] bytes = serde.serializer().serialize("news.enriched", article);
                    return serde.deserializer().deserialize("news.enriched", bytes).equals(article);
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(registry.calls("register")).isEqualTo(1);
    }
}
