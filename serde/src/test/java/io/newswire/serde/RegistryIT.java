package io.newswire.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.avro.EnrichedArticle;
import io.newswire.serde.registry.CompatibilityCheck;
import io.newswire.serde.registry.CompatibilityLevel;
import io.newswire.serde.registry.RegisteredSchema;
import io.newswire.serde.registry.RegistryResponseException;
import io.newswire.serde.registry.RestClientSettings;
import io.newswire.serde.registry.RestSchemaRegistryClient;
import io.newswire.serde.registry.UnknownSchemaIdException;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

/** The REST client and the serdes' registry-facing behaviour against a real registry. */
@NewswireStackTest
class RegistryIT {

    /** EnrichedArticle before commentCount and warnings (both with defaults) were added. */
    private static final Schema OLDER = SchemaEdits.withoutFields(EnrichedArticle.getClassSchema(), "commentCount", "warnings");
    /** A later version adding a field with a default: BACKWARD compatible. */
    private static final Schema NEWER = SchemaEdits.withField(EnrichedArticle.getClassSchema(),
            "{\"name\": \"region\", \"type\": [\"null\", \"string\"], \"default\": null}");
    /** Adds a field without default: new readers could not read earlier records. */
    private static final Schema INCOMPATIBLE = SchemaEdits.withField(EnrichedArticle.getClassSchema(),
            "{\"name\": \"mandatory\", \"type\": \"string\"}");

    private static RestSchemaRegistryClient client(NewswireStack stack) {
        return new RestSchemaRegistryClient(RestClientSettings.forUrls(List.of(stack.schemaRegistryUrl()), true));
    }

    @Test
    void backwardTransitiveRejectsAnIncompatibleSchemaWithAClearError(NewswireStack stack) {
        RestSchemaRegistryClient registry = client(stack);
        String topic = stack.uniqueName("serde-it-compat");
        String subject = topic + "-value";
        int first = registry.register(subject, OLDER);

        assertThat(registry.updateCompatibility(subject, CompatibilityLevel.BACKWARD_TRANSITIVE))
                .isEqualTo(CompatibilityLevel.BACKWARD_TRANSITIVE);
        assertThat(registry.compatibility(subject)).isEqualTo(CompatibilityLevel.BACKWARD_TRANSITIVE);
        int second = registry.register(subject, EnrichedArticle.getClassSchema());
        int third = registry.register(subject, NEWER);

        CompatibilityCheck check = registry.testCompatibility(subject, INCOMPATIBLE);
        assertThat(check.compatible()).isFalse();
        assertThat(check.messages()).isNotEmpty();
        assertThat(List.of(first, second, third)).doesNotHaveDuplicates();
        assertThat(registry.latest(subject)).isEqualTo(new RegisteredSchema(subject, third, 3, NEWER));
        assertThat(registry.lookup(subject, OLDER)).isEqualTo(new RegisteredSchema(subject, first, 1, OLDER));

        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl()), false);
        GenericRecord incompatible = new GenericData.Record(INCOMPATIBLE);
        assertThatThrownBy(() -> serializer.serialize(topic, incompatible))
                .isInstanceOfSatisfying(RegistryResponseException.class, e -> assertThat(e.status()).isEqualTo(409))
                .hasMessageStartingWith("schema registry at " + stack.schemaRegistryUrl() + " rejected POST /subjects/"
                        + subject + "/versions: HTTP 409, error_code 409: ");
    }

    @Test
    void newCodeReadsRecordsWrittenWithAnOlderRegisteredVersion(NewswireStack stack) {
        String topic = stack.uniqueName("serde-it-evolution");
        Map<String, String> config = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl());
        GenericAvroSerializer oldProducer = new GenericAvroSerializer();
        oldProducer.configure(config, false);
        SpecificAvroDeserializer<EnrichedArticle> newConsumer = new SpecificAvroDeserializer<>();
        newConsumer.configure(config, false);
        EnrichedArticle article = TestArticles.enriched("old");

        EnrichedArticle read = newConsumer.deserialize(topic, oldProducer.serialize(topic, SchemaEdits.asRecordOf(article, OLDER)));

        assertThat(read).isEqualTo(EnrichedArticle.newBuilder(article).setCommentCount(0).setWarnings(List.of()).build());
    }

    @Test
    void useLatestVersionWritesWithTheRegisteredLatestSchema(NewswireStack stack) {
        RestSchemaRegistryClient registry = client(stack);
        String topic = stack.uniqueName("serde-it-latest");
        registry.register(topic + "-value", EnrichedArticle.getClassSchema());
        int latest = registry.register(topic + "-value", NEWER);
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl(),
                SerdeConfig.AUTO_REGISTER_SCHEMAS, false, SerdeConfig.USE_LATEST_VERSION, true), false);

        byte[] bytes = serializer.serialize(topic, TestArticles.enriched("e"));

        assertThat(WireFormat.schemaId(bytes)).isEqualTo(latest);
    }

    @Test
    void unknownSchemaIdFromARealRegistry(NewswireStack stack) {
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
        deserializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl()), false);
        byte[] payload = {0, 0x3b, (byte) 0x9a, (byte) 0xc9, (byte) 0xff, 2, 'x'};

        assertThatThrownBy(() -> deserializer.deserialize("any", payload))
                .isInstanceOf(UnknownSchemaIdException.class)
                .hasMessageStartingWith("unknown schema id 999999999 (registry " + stack.schemaRegistryUrl() + ")");
    }

    @Test
    void lookupWithoutAutoRegisterFailsWithTheRegistrysAnswer(NewswireStack stack) {
        String topic = stack.uniqueName("serde-it-lookup");
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        serializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl(),
                SerdeConfig.AUTO_REGISTER_SCHEMAS, "false"), false);

        assertThatThrownBy(() -> serializer.serialize(topic, TestArticles.raw("r")))
                .isInstanceOfSatisfying(RegistryResponseException.class, e -> assertThat(e.status()).isEqualTo(404))
                .hasMessageStartingWith("schema registry at " + stack.schemaRegistryUrl() + " rejected POST /subjects/"
                        + topic + "-value: HTTP 404, error_code 4040");
    }
}
