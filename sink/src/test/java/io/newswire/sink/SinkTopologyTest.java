package io.newswire.sink;

import static io.newswire.testkit.Articles.article;
import static io.newswire.testkit.Articles.dropAgain;
import static io.newswire.testkit.Articles.withTitle;
import static io.newswire.testkit.Articles.withVersion;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.avro.EnrichedArticle;
import io.newswire.serde.SpecificAvroSerde;
import io.newswire.testkit.Articles;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SinkTopologyTest {
    private static final SinkTopics TOPICS = new SinkTopics("news.enriched", "news.articles");

    private TopologyTestDriver driver;
    private TestInputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, EnrichedArticle> articles;
    private KeyValueStore<String, EnrichedArticle> store;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeEach
    void start(@TempDir Path stateDir) {
        SpecificAvroSerde<EnrichedArticle> serde = new SpecificAvroSerde<>();
        serde.configure(Map.of("schema.registry.url", "mock://sink-topology-" + UUID.randomUUID()), false);
        StreamsBuilder builder = new StreamsBuilder();
        SinkTopology.build(builder, TOPICS, serde, new SinkMetrics(meters));
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "sink-topology-test");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        driver = new TopologyTestDriver(builder.build(), props);
        enriched = driver.createInputTopic(TOPICS.enriched(), Serdes.String().serializer(), serde.serializer());
        articles = driver.createOutputTopic(TOPICS.articles(), Serdes.String().deserializer(), serde.deserializer());
        store = driver.getKeyValueStore(SinkTopology.STORE);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void upsertsByArticleId() {
        EnrichedArticle first = article("a1");
        EnrichedArticle updated = withTitle(first, "Updated headline");
        enriched.pipeInput("a1", first);
        enriched.pipeInput("a2", article("a2"));
        enriched.pipeInput("a1", updated);

        assertThat(articles.readKeyValuesToList()).containsExactly(
                KeyValue.pair("a1", first), KeyValue.pair("a2", article("a2")), KeyValue.pair("a1", updated));
        assertThat(store.get("a1")).isEqualTo(updated);
        try (var all = store.all()) {
            assertThat(all).toIterable().extracting(kv -> kv.key).containsExactlyInAnyOrder("a1", "a2");
        }
    }

    @Test
    void doesNotReEmitADuplicate() {
        EnrichedArticle first = article("a1");
        enriched.pipeInput("a1", first);
        enriched.pipeInput("a1", dropAgain(first));

        assertThat(articles.readKeyValuesToList()).containsExactly(KeyValue.pair("a1", first));
        assertThat(store.get("a1")).isEqualTo(first);
    }

    @Test
    void ignoresAnOlderEnrichmentVersionAndCountsIt() {
        EnrichedArticle newer = withVersion(article("a1"), "2.0.0");
        enriched.pipeInput("a1", newer);
        enriched.pipeInput("a1", withTitle(withVersion(article("a1"), "1.5.0"), "Stale tagging"));

        assertThat(articles.readKeyValuesToList()).containsExactly(KeyValue.pair("a1", newer));
        assertThat(store.get("a1")).isEqualTo(newer);
        assertThat(driver.metrics().entrySet()).anySatisfy(metric -> {
            assertThat(metric.getKey().name()).isEqualTo(ArticleUpsertProcessor.STALE_OPERATION + "-total");
            assertThat(metric.getValue().metricValue()).isEqualTo(1.0);
        });
    }

    @Test
    void tombstoneDeletesAndIsForwarded() {
        enriched.pipeInput("a1", article("a1"));
        enriched.pipeInput("a1", (EnrichedArticle) null);
        enriched.pipeInput("never-stored", (EnrichedArticle) null);

        assertThat(articles.readKeyValuesToList()).containsExactly(
                KeyValue.pair("a1", article("a1")), KeyValue.pair("a1", null));
        assertThat(store.get("a1")).isNull();
    }

    @Test
    void countsWhatEachRecordDidToTheTable() {
        EnrichedArticle first = withVersion(article("a1"), "2.0.0");
        enriched.pipeInput("a1", first);
        enriched.pipeInput("a1", dropAgain(first));
        enriched.pipeInput("a1", withTitle(first, "Updated headline"));
        enriched.pipeInput("a1", withVersion(article("a1"), "1.0.0"));
        enriched.pipeInput("a1", (EnrichedArticle) null);
        enriched.pipeInput("never-stored", (EnrichedArticle) null);
        enriched.pipeInput(null, article("a2"));

        assertThat(meters.get("newswire.sink.updates").tag("kind", "insert").counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.sink.updates").tag("kind", "replace").counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.sink.skipped").tag("reason", "unchanged").counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.sink.skipped").tag("reason", "stale").counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.sink.skipped").tag("reason", "absent").counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.sink.skipped").tag("reason", "no_key").counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.sink.tombstones").counter().count()).isEqualTo(1);
    }
}
