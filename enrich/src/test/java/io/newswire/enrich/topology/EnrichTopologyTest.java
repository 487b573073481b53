package io.newswire.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.enrich.ArticleEnricher;
import io.newswire.enrich.ArticleRejectedException;
import io.newswire.enrich.CanonicalUrl;
import io.newswire.enrich.clean.TextCleaner;
import io.newswire.enrich.source.SourceTagger;
import io.newswire.enrich.stance.StanceTagger;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.config.Setting;
import io.newswire.platform.deadletter.DeadLetterRecords;
import io.newswire.serde.SpecificAvroDeserializer;
import io.newswire.serde.registry.MockSchemaRegistry;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The topology with its real Streams config and exception handlers, on an in-memory registry. */
class EnrichTopologyTest {
    private static final long MAX_OUTPUT_BYTES = 16 << 10;

    private final String scope = "enrich-topology-" + UUID.randomUUID();
    /** When set, the enricher's clock throws it: the one way to make the final ArticleEnricher fail on demand. */
    private final AtomicReference<RuntimeException> enricherFailure = new AtomicReference<>();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    private TopologyTestDriver driver;
    private Topology topology;
    private EnrichTopics topics;
    private TestInputTopic<String, RawArticle> raw;
    private TestInputTopic<String, byte[]> rawBytes;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<byte[], DeadLetter> dlq;

    @BeforeEach
    void startDriver() {
        Config config = config();
        topics = EnrichTopics.from(config);
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, topics, new ArticleEnricher(new TextCleaner(), new SourceTagger(),
                StanceTagger.NONE, new FailingClock()), new EnrichMetrics(meters));
        topology = builder.build();
        Properties props = EnrichStreamsConfig.properties(config);
        DeadLetterRecords.countIn(props, meters);
        // The driver drops records sent outside a committed transaction, as the deserialization handler's are when
        // no record is processed after them; exactly-once is tested on the real broker (EnrichServiceIT).
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        driver = new TopologyTestDriver(topology, props);
        raw = driver.createInputTopic(topics.raw(), new StringSerializer(), topics.rawSerde().serializer());
        rawBytes = driver.createInputTopic(topics.raw(), new StringSerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(topics.enriched(), new StringDeserializer(),
                topics.enrichedSerde().deserializer());
        SpecificAvroDeserializer<DeadLetter> deadLetters = new SpecificAvroDeserializer<>();
        deadLetters.configure(Map.of("schema.registry.url", "mock://" + scope), false);
        dlq = driver.createOutputTopic(topics.dlq(), new ByteArrayDeserializer(), deadLetters);
    }

    @AfterEach
    void closeDriver() {
        driver.close();
        MockSchemaRegistry.dropScope(scope);
    }

    @Test
    void keysEachArticleByItsCanonicalUrlOrElseItsContentHash() {
        RawArticle withUrl = SampleArticles.htmlWithCanonicalUrl("https://news.example.com/transit?utm_source=x",
                "First edition.");
        RawArticle withoutUrl = SampleArticles.text(1, 3000);
        raw.pipeInput(withUrl.getId(), withUrl);
        raw.pipeInput(withoutUrl.getId(), withoutUrl);

        List<TestRecord<String, EnrichedArticle>> out = enriched.readRecordsToList();
        assertThat(out).hasSize(2);
        String urlId = CanonicalUrl.articleId(out.get(0).value().getUrl(), withUrl.getId());
        assertThat(out.get(0).key()).isEqualTo(urlId).isEqualTo(out.get(0).value().getId()).isNotEqualTo(withUrl.getId());
        assertThat(out.get(1).key()).isEqualTo(withoutUrl.getId()).isEqualTo(out.get(1).value().getRawId());
        assertThat(dlq.isEmpty()).isTrue();
    }

    @Test
    void anUpdatedCopyOfAnArticleGetsTheSameKey() {
        RawArticle first = SampleArticles.htmlWithCanonicalUrl("https://news.example.com/transit", "First edition.");
        RawArticle updated = SampleArticles.htmlWithCanonicalUrl("https://news.example.com/transit", "Updated at noon.");
        raw.pipeInput(first.getId(), first);
        raw.pipeInput(updated.getId(), updated);

        List<TestRecord<String, EnrichedArticle>> out = enriched.readRecordsToList();
        assertThat(first.getId()).isNotEqualTo(updated.getId());
        assertThat(out).extracting(TestRecord::key).containsExactly(out.get(0).key(), out.get(0).key());
        assertThat(out.get(1).value().getRawId()).isEqualTo(updated.getId());
    }

    @Test
    void stampsTheEnricherVersion() {
        RawArticle article = SampleArticles.text(2, 2000);
        raw.pipeInput(article.getId(), article);

        assertThat(enriched.readValue().getEnrichment().getVersion()).isEqualTo(ArticleEnricher.VERSION);
    }

    @Test
    void theEnrichmentStepCountsEachResultAndTheHandlersEachDeadLetter() {
        RawArticle article = SampleArticles.text(9, 2000);
        raw.pipeInput(article.getId(), article);
        rawBytes.pipeInput("garbage-key", "not avro".getBytes(StandardCharsets.UTF_8));
        enricherFailure.set(new ArticleRejectedException("INVALID_RECORD", "The raw article lacks a required field.", null));
        RawArticle rejected = SampleArticles.text(10, 2000);
        raw.pipeInput(rejected.getId(), rejected);

        EnrichedArticle out = enriched.readValue();
        assertThat(meters.get("newswire.enrich.records.enriched").counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.enrich.processing").timer().count()).as("the failure is timed too").isEqualTo(2);
        assertThat(meters.get("newswire.enrich.publisher").tag("outcome", out.getPublisher() == null ? "unknown" : "found")
                .counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.enrich.date.method").tag("method", out.getPublished().getMethod())
                .counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.dead.letters").tags("stage", "enrich", "reason", "DESERIALIZATION")
                .counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.dead.letters").tags("stage", "enrich", "reason", "INVALID_RECORD")
                .counter().count()).isEqualTo(1);
    }

    @Test
    void deadLettersBytesThatAreNotAvroAndGoesOn() {
        byte[] garbage = "definitely not avro".getBytes(StandardCharsets.UTF_8);
        rawBytes.pipeInput("garbage-key", garbage);
        RawArticle next = SampleArticles.text(3, 2000);
        raw.pipeInput(next.getId(), next);

        TestRecord<byte[], DeadLetter> letter = dlq.readRecord();
        assertThat(letter.key()).isEqualTo("garbage-key".getBytes(StandardCharsets.UTF_8));
        DeadLetter value = letter.value();
        assertThat(value.getStage()).isEqualTo("enrich");
        assertThat(value.getCode()).isEqualTo("DESERIALIZATION");
        assertThat(value.getReason()).contains("Confluent Avro wire format");
        assertThat(value.getDetail()).contains("magic byte");
        assertThat(value.getErrorClass()).isEqualTo("io.newswire.serde.WireFormatException");
        assertThat(bytes(value.getOriginalValue())).isEqualTo(garbage);
        assertThat(value.getArticleId()).isEqualTo("garbage-key");
        assertThat(value.getSourceTopic()).isEqualTo(topics.raw());
        assertThat(value.getSourceOffset()).isEqualTo(0L);
        assertThat(enriched.readValue().getRawId()).isEqualTo(next.getId());
    }

    @Test
    void deadLettersARecordWithAnUnknownSchemaId() {
        byte[] unknownSchema = ByteBuffer.allocate(9).put((byte) 0).putInt(999_999).putInt(42).array();
        rawBytes.pipeInput("k", unknownSchema);

        DeadLetter value = dlq.readValue();
        assertThat(value.getCode()).isEqualTo("DESERIALIZATION");
        assertThat(value.getDetail()).contains("unknown schema id 999999");
        assertThat(bytes(value.getOriginalValue())).isEqualTo(unknownSchema);
    }

    @Test
    void deadLettersAnEnrichmentFailureWithTheOriginalBytesAndGoesOn() {
        RawArticle failing = SampleArticles.text(4, 2000);
        enricherFailure.set(new IllegalStateException("enricher bug"));
        raw.pipeInput(failing.getId(), failing);
        enricherFailure.set(null);
        RawArticle next = SampleArticles.text(5, 2000);
        raw.pipeInput(next.getId(), next);

        DeadLetter value = dlq.readValue();
        assertThat(value.getCode()).isEqualTo("ENRICHMENT_FAILED");
        assertThat(value.getDetail()).isEqualTo("enricher bug");
        assertThat(value.getErrorClass()).isEqualTo(IllegalStateException.class.getName());
        assertThat(value.getArticleId()).isEqualTo(failing.getId());
        assertThat(bytes(value.getOriginalKey())).isEqualTo(failing.getId().getBytes(StandardCharsets.UTF_8));
        assertThat(topics.rawSerde().deserializer().deserialize(topics.raw(), bytes(value.getOriginalValue())))
                .isEqualTo(failing);
        assertThat(enriched.readValue().getRawId()).isEqualTo(next.getId());
    }

    @Test
    void deadLettersARejectedArticleWithTheEnrichersCode() {
        RawArticle rejected = SampleArticles.text(6, 2000);
        enricherFailure.set(new ArticleRejectedException("INVALID_RECORD", "The raw article lacks a required field.", null));
        raw.pipeInput(rejected.getId(), rejected);

        DeadLetter value = dlq.readValue();
        assertThat(value.getCode()).isEqualTo("INVALID_RECORD");
        assertThat(value.getReason()).isEqualTo("The raw article lacks a required field.");
        assertThat(enriched.isEmpty()).isTrue();
    }

    @Test
    void deadLettersAnOutputLargerThanTheLimitAndGoesOn() {
        RawArticle huge = SampleArticles.text(7, (int) MAX_OUTPUT_BYTES + 4096);
        raw.pipeInput(huge.getId(), huge);
        RawArticle next = SampleArticles.text(8, 2000);
        raw.pipeInput(next.getId(), next);

        DeadLetter value = dlq.readValue();
        assertThat(value.getCode()).isEqualTo("OVERSIZE_OUTPUT");
        assertThat(value.getDetail()).contains("more than enrich.max-output-bytes (" + MAX_OUTPUT_BYTES + " bytes)");
        assertThat(topics.rawSerde().deserializer().deserialize(topics.raw(), bytes(value.getOriginalValue())))
                .isEqualTo(huge);
        assertThat(enriched.readRecordsToList()).extracting(r -> r.value().getRawId()).containsExactly(next.getId());
    }

    @Test
    void namesEveryProcessor() {
        String description = topology.describe().toString();
        assertThat(description).contains(EnrichTopology.SOURCE, EnrichTopology.ENRICH, EnrichTopology.KEY_BY_ARTICLE_ID,
                EnrichTopology.SINK);
        assertThat(description).doesNotContain("KSTREAM-");
    }

    private Config config() {
        List<Setting<?>> settings = new ArrayList<>(CommonSettings.all());
        settings.addAll(EnrichSettings.all());
        return new ConfigLoader(settings)
                .flag(CommonSettings.SCHEMA_REGISTRY_URL.key(), "mock://" + scope)
                .flag(EnrichSettings.MAX_OUTPUT_BYTES.key(), String.valueOf(MAX_OUTPUT_BYTES))
                .load();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] copy = new byte[buffer.remaining()];
        buffer.duplicate().get(copy);
        return copy;
    }

    /** A clock that throws {@link #enricherFailure} while it is set. */
    private final class FailingClock extends Clock {
        @Override
        public Instant instant() {
            RuntimeException failure = enricherFailure.get();
            if (failure != null) {
                throw failure;
            }
            return Instant.parse("2026-11-22T08:00:00Z");
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
