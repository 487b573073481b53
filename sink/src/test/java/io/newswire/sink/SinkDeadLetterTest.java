package io.newswire.sink;

import static io.newswire.testkit.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.EnrichedArticle;
import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.deadletter.DeadLetterRecords;
import io.newswire.serde.SpecificAvroSerde;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sink's real Streams configuration sends a record it cannot read to news.dlq and keeps the table going. */
class SinkDeadLetterTest {

    @Test
    void aRecordThatIsNotAnEnrichedArticleGoesToTheDeadLetterTopic(@TempDir Path stateDir) {
        Config config = new ConfigLoader(Stream.concat(CommonSettings.all().stream(), SinkSettings.all().stream()).toList())
                .flag(CommonSettings.SCHEMA_REGISTRY_URL.key(), "mock://sink-dead-letter-" + UUID.randomUUID())
                .flag(SinkSettings.STATE_DIR.key(), stateDir.toString())
                .load();
        Properties props = SinkService.streamsProperties(config, new HostInfo("127.0.0.1", 8080));
        // The test driver keeps only committed output under exactly-once; the handlers are what is under test here.
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.AT_LEAST_ONCE);
        SpecificAvroSerde<EnrichedArticle> articleSerde = KafkaClients.valueSerde(config);
        SpecificAvroSerde<DeadLetter> deadLetterSerde = KafkaClients.valueSerde(config);
        StreamsBuilder builder = new StreamsBuilder();
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        DeadLetterRecords.countIn(props, meters);
        SinkTopology.build(builder, SinkTopics.from(config), articleSerde, new SinkMetrics(meters));

        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(props), props)) {
            byte[] garbage = "not an Avro record".getBytes(StandardCharsets.UTF_8);
            driver.createInputTopic("news.enriched", new StringSerializer(), new ByteArraySerializer()).pipeInput("junk", garbage);
            driver.createInputTopic("news.enriched", new StringSerializer(), articleSerde.serializer()).pipeInput("a1", article("a1"));

            List<DeadLetter> letters = driver.createOutputTopic("news.dlq", new ByteArrayDeserializer(),
                    deadLetterSerde.deserializer()).readValuesToList();
            assertThat(letters).singleElement().satisfies(letter -> {
                assertThat(letter.getStage()).isEqualTo("sink");
                assertThat(letter.getCode()).isEqualTo("DESERIALIZATION");
                assertThat(letter.getSourceTopic()).isEqualTo("news.enriched");
                assertThat(letter.getArticleId()).isEqualTo("junk");
                assertThat(letter.getOriginalValue()).isEqualTo(ByteBuffer.wrap(garbage));
                assertThat(meters.get("newswire.dead.letters").tags("stage", "sink", "reason", "DESERIALIZATION")
                        .counter().count()).isEqualTo(1);
                assertThat(letter.getDetail()).contains("magic byte");
            });
            assertThat(driver.createOutputTopic("news.articles", new StringDeserializer(), articleSerde.deserializer())
                    .readKeyValuesToList()).extracting(kv -> kv.key).containsExactly("a1");
        }
    }
}
