package io.newswire.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.generic.GenericRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.RecordDeserializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

/** The serdes against a real broker and a real (Apicurio, Confluent-compatible) registry. */
@NewswireStackTest
class SerdeRoundTripIT {

    private static final Map<String, Object> SPECIFIC = Map.of(SerdeConfig.SPECIFIC_AVRO_READER, true);

    @Test
    void rawArticlesRoundTripThroughARealTopic(NewswireStack stack) throws Exception {
        String topic = StackKafka.createTopic(stack, "serde-it-raw");
        List<RawArticle> articles = List.of(TestArticles.raw("r1"), TestArticles.raw("r2"), TestArticles.raw("r3"));

        StackKafka.produce(stack, topic, SpecificAvroSerializer.class, Map.of(), ids(articles), articles);
        List<ConsumerRecord<String, RawArticle>> records =
                StackKafka.consume(stack, topic, SpecificAvroDeserializer.class, Map.of(), 3);

        assertThat(records).extracting(ConsumerRecord::value).containsExactlyElementsOf(articles);
        assertThat(records).extracting(ConsumerRecord::key).containsExactly("r1", "r2", "r3");
    }

    @Test
    void enrichedArticlesRoundTripWithKafkaAvroSerializerAndSpecificReader(NewswireStack stack) throws Exception {
        String topic = StackKafka.createTopic(stack, "serde-it-enriched");
        List<EnrichedArticle> articles = List.of(TestArticles.enriched("e1"), TestArticles.enriched("e2"));

        StackKafka.produce(stack, topic, KafkaAvroSerializer.class, Map.of(), ids(articles), articles);
        List<ConsumerRecord<String, Object>> specific =
                StackKafka.consume(stack, topic, KafkaAvroDeserializer.class, SPECIFIC, 2);
        List<ConsumerRecord<String, Object>> generic =
                StackKafka.consume(stack, topic, KafkaAvroDeserializer.class, Map.of(), 2);

        assertThat(specific).extracting(ConsumerRecord::value).containsExactlyElementsOf(articles);
        assertThat(generic).extracting(ConsumerRecord::value).allSatisfy(value ->
                assertThat(value).isInstanceOf(GenericRecord.class).isNotInstanceOf(EnrichedArticle.class));
        GenericRecord first = (GenericRecord) generic.get(0).value();
        assertThat(first.get("title").toString()).isEqualTo("Headline: " + TestArticles.UNICODE_TEXT);
        assertThat(((GenericRecord) first.get("publisher")).get("name").toString()).isEqualTo("Example Times");
    }

    @Test
    void tombstonesStayNull(NewswireStack stack) throws Exception {
        String topic = StackKafka.createTopic(stack, "serde-it-tombstone");
        List<RawArticle> values = Arrays.asList(TestArticles.raw("t1"), null);

        StackKafka.produce(stack, topic, SpecificAvroSerializer.class, Map.of(), List.of("t1", "t1"), values);
        List<ConsumerRecord<String, RawArticle>> records =
                StackKafka.consume(stack, topic, SpecificAvroDeserializer.class, Map.of(), 2);

        assertThat(records).extracting(ConsumerRecord::value).containsExactly(TestArticles.raw("t1"), null);
    }

    @Test
    void wrongMagicByteOnARealTopicFailsThePollWithTheSerdesMessage(NewswireStack stack) throws Exception {
        String topic = StackKafka.createTopic(stack, "serde-it-json");
        byte[] json = "{\"id\":\"r1\"}".getBytes(StandardCharsets.UTF_8);
        StackKafka.produce(stack, topic, ByteArraySerializer.class, Map.of(), List.of("r1"), List.of(json));

        try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(
                StackKafka.consumerConfig(stack, SpecificAvroDeserializer.class, Map.of()))) {
            consumer.subscribe(Set.of(topic));
            assertThatThrownBy(() -> {
                for (int i = 0; i < 60; i++) {
                    consumer.poll(Duration.ofMillis(500));
                }
            })
                    .isInstanceOf(RecordDeserializationException.class)
                    .cause()
                    .isInstanceOf(WireFormatException.class)
                    .hasMessage("unknown magic byte 0x7b: not Confluent Avro wire format"
                            + " (first bytes: 7b 22 69 64 22 3a 22 72 31 22 7d)");
        }
    }

    private static List<String> ids(List<? extends org.apache.avro.generic.IndexedRecord> records) {
        return records.stream().map(record -> record.get(0).toString()).toList();
    }
}
