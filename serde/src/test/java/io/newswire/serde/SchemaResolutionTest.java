package io.newswire.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.EnrichedArticle;
import io.newswire.serde.registry.CompatibilityLevel;
import io.newswire.serde.registry.MockSchemaRegistryClient;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

/** Records written with an older schema version are read by code compiled against the current one. */
class SchemaResolutionTest {

    /** EnrichedArticle as it was before commentCount, warnings and languageConfidence (all with defaults) existed. */
    private static final Schema OLDER = SchemaEdits.withoutFields(EnrichedArticle.getClassSchema(),
            "commentCount", "warnings", "languageConfidence");

    private final MockSchemaRegistryClient registry = new MockSchemaRegistryClient();
    private final Map<String, String> config = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://unused");

    @Test
    void readsOlderVersionsIntoTheCurrentClassFillingDefaults() {
        registry.updateCompatibility("news.enriched-value", CompatibilityLevel.BACKWARD_TRANSITIVE);
        GenericAvroSerializer oldProducer = new GenericAvroSerializer(registry);
        oldProducer.configure(config, false);
        SpecificAvroDeserializer<EnrichedArticle> newConsumer = new SpecificAvroDeserializer<>(registry);
        newConsumer.configure(config, false);
        EnrichedArticle current = TestArticles.enriched("e1");

        byte[] written = oldProducer.serialize("news.enriched", asOlderVersion(current));
        EnrichedArticle read = newConsumer.deserialize("news.enriched", written);

        assertThat(read.getCommentCount()).isZero();
        assertThat(read.getWarnings()).isEmpty();
        assertThat(read.getLanguageConfidence()).isZero();
        EnrichedArticle expected = EnrichedArticle.newBuilder(current)
                .setCommentCount(0).setWarnings(List.of()).setLanguageConfidence(0.0).build();
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void readsOldAndNewVersionsFromTheSameTopic() {
        GenericAvroSerializer oldProducer = new GenericAvroSerializer(registry);
        oldProducer.configure(config, false);
        SpecificAvroSerde<EnrichedArticle> current = new SpecificAvroSerde<>(registry);
        current.configure(config, false);

        byte[] old = oldProducer.serialize("news.enriched", asOlderVersion(TestArticles.enriched("old")));
        byte[] fresh = current.serializer().serialize("news.enriched", TestArticles.enriched("new"));

        assertThat(WireFormat.schemaId(old)).isNotEqualTo(WireFormat.schemaId(fresh));
        assertThat(current.deserializer().deserialize("news.enriched", old).getId()).isEqualTo("old");
        assertThat(current.deserializer().deserialize("news.enriched", fresh)).isEqualTo(TestArticles.enriched("new"));
    }

    private static GenericRecord asOlderVersion(EnrichedArticle article) {
        return SchemaEdits.asRecordOf(article, OLDER);
    }
}
