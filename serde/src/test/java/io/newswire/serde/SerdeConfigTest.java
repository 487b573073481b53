package io.newswire.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class SerdeConfigTest {

    @Test
    void hasConfluentsDefaults() {
        SerdeConfig config = new SerdeConfig(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "http://a:8081, http://b:8081"));

        assertThat(config.schemaRegistryUrls()).containsExactly("http://a:8081", "http://b:8081");
        assertThat(config.autoRegisterSchemas()).isTrue();
        assertThat(config.useLatestVersion()).isFalse();
        assertThat(config.specificAvroReader()).isFalse();
        assertThat(config.credentialsSource()).isEqualTo("URL");
        assertThat(config.basicAuthUserInfo()).isEmpty();
    }

    @Test
    void readsConfluentKeysGivenAsStringsOrTypedValues() {
        SerdeConfig config = new SerdeConfig(Map.of(
                "schema.registry.url", List.of("http://a:8081"),
                "auto.register.schemas", "false",
                "use.latest.version", true,
                "specific.avro.reader", "true",
                "basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", "fred:s3cret",
                "value.subject.name.strategy", "io.confluent.kafka.serializers.subject.TopicNameStrategy",
                "some.unrelated.kafka.key", 5));

        assertThat(config.autoRegisterSchemas()).isFalse();
        assertThat(config.useLatestVersion()).isTrue();
        assertThat(config.specificAvroReader()).isTrue();
        assertThat(config.basicAuthUserInfo()).isEqualTo("fred:s3cret");
        assertThat(config.toString()).doesNotContain("s3cret");
    }

    @Test
    void rejectsSubjectNameStrategiesItDoesNotImplement() {
        assertThatThrownBy(() -> new SerdeConfig(Map.of("value.subject.name.strategy",
                "io.confluent.kafka.serializers.subject.RecordNameStrategy")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("only io.confluent.kafka.serializers.subject.TopicNameStrategy");
    }

    @Test
    void rejectsUnknownCredentialSourcesAndMalformedUserInfo() {
        assertThatThrownBy(() -> new SerdeConfig(Map.of("basic.auth.credentials.source", "SASL_INHERIT")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("basic.auth.credentials.source");
        assertThatThrownBy(() -> new SerdeConfig(Map.of("basic.auth.credentials.source", "USER_INFO",
                "basic.auth.user.info", "no-colon")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("must be user:password")
                .hasMessageNotContaining("no-colon");
    }

    @Test
    void serdesNeedARegistryUrl() {
        assertThatThrownBy(() -> new SpecificAvroSerde<>().configure(Map.of(), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("schema.registry.url");
        assertThatThrownBy(() -> new KafkaAvroSerializer().configure(Map.of("schema.registry.url", "ftp://x"), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("must be an absolute http(s) URL");
    }
}
