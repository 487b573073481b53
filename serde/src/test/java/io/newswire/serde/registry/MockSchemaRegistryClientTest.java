package io.newswire.serde.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.Test;

class MockSchemaRegistryClientTest {

    private static final Schema V1 = SchemaBuilder.record("Doc").fields().requiredString("id").endRecord();
    /** Adds a field with a default: readable by and from V1. */
    private static final Schema V2 = SchemaBuilder.record("Doc").fields().requiredString("id")
            .name("lang").type().stringType().stringDefault("und").endRecord();
    /** Drops the default again: V3 can read V2 data, but not V1 data (V1 lacks "lang"). */
    private static final Schema V3 = SchemaBuilder.record("Doc").fields().requiredString("id")
            .requiredString("lang").endRecord();

    private final MockSchemaRegistryClient registry = new MockSchemaRegistryClient("mock://t");

    @Test
    void givesRegistryWideIdsAndPerSubjectVersions() {
        int first = registry.register("a-value", V1);
        int second = registry.register("a-value", V2);

        assertThat(registry.register("a-value", V1)).isEqualTo(first);
        assertThat(registry.register("b-value", V1)).isEqualTo(first);
        assertThat(second).isEqualTo(first + 1);
        assertThat(registry.latest("a-value")).isEqualTo(new RegisteredSchema("a-value", second, 2, V2));
        assertThat(registry.lookup("a-value", V1)).isEqualTo(new RegisteredSchema("a-value", first, 1, V1));
        assertThat(registry.schemaById(second)).isEqualTo(V2);
    }

    @Test
    void backwardChecksOnlyTheLatestVersionButTransitiveChecksAll() {
        registry.register("a-value", V1);
        registry.register("a-value", V2);

        assertThat(registry.compatibility("a-value")).isEqualTo(CompatibilityLevel.BACKWARD);
        assertThat(registry.testCompatibility("a-value", V3).compatible()).isTrue();

        registry.updateCompatibility("a-value", CompatibilityLevel.BACKWARD_TRANSITIVE);
        CompatibilityCheck check = registry.testCompatibility("a-value", V3);
        assertThat(check.compatible()).isFalse();
        assertThat(check.messages()).singleElement().asString().contains("version 1", "lang");
        assertThatThrownBy(() -> registry.register("a-value", V3))
                .isInstanceOfSatisfying(RegistryResponseException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(RegistryResponseException.INCOMPATIBLE_SCHEMA);
                })
                .hasMessageStartingWith("schema registry at mock://t rejected POST /subjects/a-value/versions: HTTP 409,"
                        + " error_code 409: Schema being registered is incompatible with an earlier schema for subject"
                        + " \"a-value\"");
    }

    @Test
    void forwardChecksThatEarlierSchemasCanReadTheNewOne() {
        registry.register("a-value", V2);
        // Reads V2 data fine (backward), but V2 cannot read its data: "id" is missing and has no default.
        Schema withoutId = SchemaBuilder.record("Doc").fields().requiredString("lang").endRecord();

        assertThat(registry.testCompatibility("a-value", withoutId).compatible()).isTrue();
        registry.updateCompatibility("a-value", CompatibilityLevel.FORWARD);
        assertThat(registry.testCompatibility("a-value", withoutId).compatible()).isFalse();
        assertThat(registry.testCompatibility("a-value", V1).compatible()).isTrue();
        registry.updateCompatibility("a-value", CompatibilityLevel.FULL);
        assertThat(registry.testCompatibility("a-value", withoutId).compatible()).isFalse();
        registry.updateCompatibility("a-value", CompatibilityLevel.NONE);
        assertThat(registry.register("a-value", withoutId)).isPositive();
    }

    @Test
    void answersWithConfluentsErrorCodes() {
        assertThatThrownBy(() -> registry.latest("missing-value"))
                .isInstanceOfSatisfying(RegistryResponseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(RegistryResponseException.SUBJECT_NOT_FOUND));
        registry.register("a-value", V1);
        assertThatThrownBy(() -> registry.lookup("a-value", V2))
                .isInstanceOfSatisfying(RegistryResponseException.class,
                        e -> assertThat(e.errorCode()).isEqualTo(RegistryResponseException.SCHEMA_NOT_FOUND));
        assertThatThrownBy(() -> registry.schemaById(99))
                .isInstanceOf(UnknownSchemaIdException.class)
                .hasMessage("unknown schema id 99 (registry mock://t)");
    }
}
