package io.newswire.serde;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import io.newswire.testkit.NodeProject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves wire compatibility with Confluent's own client: records written by our serde are read by Confluent's
 * official JavaScript schema registry client ({@code @confluentinc/schemaregistry}'s AvroDeserializer) through
 * src/test/js/consume.mjs, and decode to exactly the values written.
 *
 * <p>Needs Node.js 20+ with npm. Without it the test is skipped, unless {@code -Dnewswire.interop.required=true}
 * (as CI sets), where it fails.
 */
@NewswireStackTest
class ConfluentJavaScriptInteropIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path BASEDIR = Path.of(System.getProperty("basedir", "."));
    private static final NodeProject NODE = new NodeProject(BASEDIR.resolve("src/test/js"), BASEDIR.resolve("target/js"),
            List.of("package.json", "package-lock.json", "consume.mjs"));

    @BeforeAll
    static void installTheJavaScriptClient() throws Exception {
        NodeProject.requireNode("the Confluent JavaScript interop check");
        NODE.install();
    }

    @Test
    void confluentsJavaScriptClientReadsRawArticles(NewswireStack stack) throws Exception {
        RawArticle withNulls = RawArticle.newBuilder(TestArticles.raw("r2")).setSourceHint(null).setLineNumber(12).build();
        List<RawArticle> written = List.of(TestArticles.raw("r1"), withNulls);
        String topic = StackKafka.createTopic(stack, "interop-raw");
        StackKafka.produce(stack, topic, SpecificAvroSerializer.class, Map.of(), List.of("r1", "r2"), written);

        Map<String, JsonNode> read = consumeWithJavaScript(stack, topic, written.size());

        assertSameValues(read, written);
        JsonNode r1 = read.get("r1");
        assertThat(r1.get("content").asText()).contains(TestArticles.UNICODE_TEXT);
        assertThat(r1.get("lineNumber").isNull()).isTrue();
        assertThat(r1.get("ingestedAt").asLong()).isEqualTo(1_760_000_100_456L);
        assertThat(read.get("r2").get("sourceHint").isNull()).isTrue();
        assertThat(read.get("r2").get("lineNumber").asInt()).isEqualTo(12);
    }

    @Test
    void confluentsJavaScriptClientReadsEnrichedArticles(NewswireStack stack) throws Exception {
        List<EnrichedArticle> written = List.of(TestArticles.enriched("e1"),
                EnrichedArticle.newBuilder(TestArticles.enriched("e2")).setPublisher(null).setPublished(null)
                        .setStance(List.of()).setLanguageConfidence(0.0).build());
        String topic = StackKafka.createTopic(stack, "interop-enriched");
        StackKafka.produce(stack, topic, KafkaAvroSerializer.class, Map.of(), List.of("e1", "e2"), written);

        Map<String, JsonNode> read = consumeWithJavaScript(stack, topic, written.size());

        assertSameValues(read, written);
        JsonNode e1 = read.get("e1");
        assertThat(e1.get("title").asText()).isEqualTo("Headline: " + TestArticles.UNICODE_TEXT);
        assertThat(e1.get("author").isNull()).isTrue();
        assertThat(e1.at("/publisher/name").asText()).isEqualTo("Example Times");
        assertThat(e1.at("/citedSources/1/name").asText()).isEqualTo("ТАСС");
        assertThat(e1.at("/citedSources/0/evidence/1").asText()).isEqualTo("Reuters reported");
        assertThat(e1.at("/stance/0/label").asText()).isEqualTo("AGAINST");
        assertThat(e1.at("/enrichment/enrichedAt").asLong()).isEqualTo(1_760_000_200_789L);
        assertThat(read.get("e2").get("publisher").isNull()).isTrue();
    }

    /** Runs consume.mjs and returns each decoded value by record key. */
    private static Map<String, JsonNode> consumeWithJavaScript(NewswireStack stack, String topic, int count)
            throws Exception {
        NodeProject.Run run = NODE.run(Duration.ofSeconds(120), "node", "consume.mjs", stack.bootstrapServers(),
                stack.schemaRegistryUrl(), topic, String.valueOf(count), "90");
        assertThat(run.exitCode()).as("consume.mjs exit code; stderr:%n%s", run.stderr()).isZero();
        Map<String, JsonNode> values = new HashMap<>();
        for (String line : run.stdout().strip().split("\n")) {
            JsonNode record = JSON.readTree(line);
            values.put(record.get("key").asText(), record.get("value"));
        }
        assertThat(values).hasSize(count);
        return values;
    }

    private static void assertSameValues(Map<String, JsonNode> read, List<? extends SpecificRecord> written) {
        for (SpecificRecord record : written) {
            String key = record.get(0).toString();
            JsonNode expected = AvroJson.of(record, record.getSchema());
            assertThat(read.get(key).equals(AvroJson.NUMBERS_BY_VALUE, expected))
                    .as("record %s as decoded by Confluent's JavaScript client:%n%s%nexpected:%n%s", key, read.get(key), expected)
                    .isTrue();
        }
    }
}
