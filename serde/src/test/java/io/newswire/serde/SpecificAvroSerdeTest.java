package io.newswire.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.serde.registry.MockSchemaRegistryClient;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import org.apache.kafka.common.header.internals.RecordHeaders;
import java.util.Arrays;
import java.util.Map;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumWriter;
import org.junit.jupiter.api.Test;

class SpecificAvroSerdeTest {

    private static final Map<String, String> CONFIG = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://unused:8081");

    private final MockSchemaRegistryClient registry = new MockSchemaRegistryClient();

    private <T extends org.apache.avro.specific.SpecificRecord> SpecificAvroSerde<T> serde(boolean isKey) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>(registry);
        serde.configure(CONFIG, isKey);
        return serde;
    }

    @Test
    void writesMagicByteSchemaIdAndTheAvroBinaryOfTheRecord() throws Exception {
        RawArticle article = TestArticles.raw("a1");

        byte[] bytes = this.<RawArticle>serde(false).serializer().serialize("news.raw", article);

        int id = registry.latest("news.raw-value").id();
        assertThat(Arrays.copyOfRange(bytes, 0, 5)).containsExactly(0, 0, 0, 0, id);
        assertThat(Arrays.copyOfRange(bytes, 5, bytes.length)).isEqualTo(avroBinary(article));
    }

    @Test
    void roundTripsRawArticles() {
        SpecificAvroSerde<RawArticle> serde = serde(false);
        RawArticle article = TestArticles.raw("a1");

        RawArticle back = serde.deserializer().deserialize("news.raw", serde.serializer().serialize("news.raw", article));

        assertThat(back).isEqualTo(article);
        assertThat(back.getContent()).contains(TestArticles.UNICODE_TEXT);
        assertThat(back.getIngestedAt()).isEqualTo(article.getIngestedAt());
    }

    @Test
    void roundTripsEnrichedArticlesWithNestedRecordsArraysAndNulls() {
        SpecificAvroSerde<EnrichedArticle> serde = serde(false);
        EnrichedArticle article = TestArticles.enriched("e1");

        EnrichedArticle back = serde.deserializer().deserialize("news.enriched",
                serde.serializer().serialize("news.enriched", article));

        assertThat(back).isEqualTo(article);
        assertThat(back.getAuthor()).isNull();
        assertThat(back.getCitedSources()).hasSize(2);
        assertThat(back.getPublisher().getName()).isEqualTo("Example Times");
        assertThat(back.getEnrichment().getEnrichedAt()).isEqualTo(article.getEnrichment().getEnrichedAt());
    }

    @Test
    void registersUnderTopicValueAndTopicKeySubjects() {
        this.<RawArticle>serde(false).serializer().serialize("news.raw", TestArticles.raw("v"));
        this.<RawArticle>serde(true).serializer().serialize("news.raw", TestArticles.raw("k"));

        assertThat(registry.latest("news.raw-value").schema()).isEqualTo(RawArticle.getClassSchema());
        assertThat(registry.latest("news.raw-key").schema()).isEqualTo(RawArticle.getClassSchema());
    }

    @Test
    void sameSchemaUnderAnotherSubjectKeepsItsId() {
        SpecificAvroSerde<RawArticle> serde = serde(false);

        byte[] first = serde.serializer().serialize("news.raw", TestArticles.raw("a"));
        byte[] second = serde.serializer().serialize("news.raw.copy", TestArticles.raw("a"));

        assertThat(second).isEqualTo(first);
    }

    @Test
    void nullIsATombstoneBothWays() {
        SpecificAvroSerde<RawArticle> serde = serde(false);

        assertThat(serde.serializer().serialize("news.raw", null)).isNull();
        assertThat(serde.deserializer().deserialize("news.raw", null)).isNull();
        assertThat(serde.deserializer().deserialize("news.raw", new RecordHeaders(), (ByteBuffer) null)).isNull();
    }

    private static byte[] avroBinary(RawArticle article) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(out, null);
        new SpecificDatumWriter<>(RawArticle.class).write(article, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
