package io.newswire.platform.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    static final Setting<Duration> STABLE = Setting.of("inbox.stable-time", ValueType.duration(), Duration.ofMillis(250), "stable");
    static final Setting<Long> MAX = Setting.of("inbox.max-file-size", ValueType.dataSize(), 10L << 20, "max");
    static final Setting<String> PASSWORD = Setting.secret("api.token", ValueType.string(), "token");
    static final List<Setting<?>> SETTINGS = List.of(STABLE, MAX, PASSWORD, CommonSettings.BOOTSTRAP_SERVERS);

    @TempDir
    Path dir;

    @Test
    void defaultsApplyWhenNothingIsSet() {
        Config c = new ConfigLoader(SETTINGS).load();
        assertThat(c.get(STABLE)).isEqualTo(Duration.ofMillis(250));
        assertThat(c.get(MAX)).isEqualTo(10L << 20);
        assertThat(c.sourceOf(STABLE)).isEqualTo("default");
        assertThat(c.kafkaProperties()).containsEntry("bootstrap.servers", "localhost:9092");
        assertThat(c.find(PASSWORD)).isEmpty();
    }

    @Test
    void fileThenEnvironmentThenFlagsWin() throws Exception {
        Path file = dir.resolve("newswire.properties");
        Files.writeString(file, "inbox.stable-time=1s\ninbox.max-file-size=1MiB\nkafka.bootstrap.servers=file:9092\n");
        Config c = new ConfigLoader(SETTINGS)
                .file(file)
                .env(Map.of("NEWSWIRE_INBOX_STABLE_TIME", "2s", "NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS", "env:9092", "PATH", "/bin"))
                .flag("inbox.stable-time=3s")
                .load();
        assertThat(c.get(STABLE)).isEqualTo(Duration.ofSeconds(3));
        assertThat(c.sourceOf(STABLE)).isEqualTo("flag --set inbox.stable-time");
        assertThat(c.get(MAX)).isEqualTo(1L << 20);
        assertThat(c.sourceOf(MAX)).startsWith("file ");
        assertThat(c.get(CommonSettings.BOOTSTRAP_SERVERS)).isEqualTo("env:9092");
        assertThat(c.kafkaProperties()).containsEntry("bootstrap.servers", "env:9092");
    }

    @Test
    void kafkaAndSerdePropertiesPassThroughFromEnvironment() {
        Config c = new ConfigLoader(SETTINGS).env(Map.of(
                "NEWSWIRE_KAFKA_SECURITY_PROTOCOL", "SASL_SSL",
                "NEWSWIRE_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "NEWSWIRE_SERDE_AUTO_REGISTER_SCHEMAS", "false")).load();
        assertThat(c.kafkaProperties()).containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "SCRAM-SHA-512");
        assertThat(c.serdeProperties()).containsEntry("auto.register.schemas", "false");
    }

    @Test
    void secretsCanComeFromFiles() throws Exception {
        Path secret = dir.resolve("token");
        Files.writeString(secret, "s3cret\n");
        Config c = new ConfigLoader(SETTINGS).env(Map.of("NEWSWIRE_API_TOKEN_FILE", secret.toString())).load();
        assertThat(c.get(PASSWORD)).isEqualTo("s3cret");
    }

    @Test
    void passThroughKeysAndKeysWithDashesTakeTheirSecretsFromFilesToo() throws Exception {
        String jaas = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"alice\" password=\"s3cret\";";
        Path jaasFile = Files.writeString(dir.resolve("kafka-jaas"), jaas + "\n");
        Path userInfo = Files.writeString(dir.resolve("registry-auth"), "newswire:r3gistry\n");
        Config c = new ConfigLoader(List.of(CommonSettings.BOOTSTRAP_SERVERS, CommonSettings.SCHEMA_REGISTRY_USER_INFO))
                .env(Map.of("NEWSWIRE_KAFKA_SASL_JAAS_CONFIG_FILE", jaasFile.toString(),
                        "NEWSWIRE_KAFKA_SSL_TRUSTSTORE_LOCATION", "/etc/newswire/ca.pem",
                        "NEWSWIRE_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO_FILE", userInfo.toString()))
                .load();
        assertThat(c.kafkaProperties()).containsEntry("sasl.jaas.config", jaas)
                .containsEntry("ssl.truststore.location", "/etc/newswire/ca.pem");
        assertThat(c.get(CommonSettings.SCHEMA_REGISTRY_USER_INFO)).isEqualTo("newswire:r3gistry");
        assertThat(c.sourceOf(CommonSettings.SCHEMA_REGISTRY_USER_INFO))
                .isEqualTo("environment variable NEWSWIRE_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO_FILE");
    }

    @Test
    void badValueNamesKeySourceAndExpectedForm() {
        assertThatThrownBy(() -> new ConfigLoader(SETTINGS).env(Map.of("NEWSWIRE_INBOX_STABLE_TIME", "soon")).load())
                .isInstanceOf(ConfigException.class)
                .hasMessage("invalid value 'soon' for inbox.stable-time (from environment variable NEWSWIRE_INBOX_STABLE_TIME): "
                        + "expected a duration such as 250ms, 5s, 2m, 1h or 7d");
    }

    @Test
    void badSecretValueIsNotEchoed() {
        Setting<Integer> secretPort = new Setting<>("api.secret-port", ValueType.integer(1, 10), null, "x", true);
        assertThatThrownBy(() -> new ConfigLoader(List.of(secretPort)).flag("api.secret-port=hunter2").load())
                .hasMessageNotContaining("hunter2").hasMessageContaining("(hidden)");
    }

    @Test
    void unknownKeyInFileOrFlagIsAnErrorWithSuggestion() {
        assertThatThrownBy(() -> new ConfigLoader(SETTINGS).flag("inbox.stable-tme", "1s"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown configuration key 'inbox.stable-tme'")
                .hasMessageContaining("did you mean 'inbox.stable-time'?");
    }

    @Test
    void unknownEnvironmentVariableIsAWarningNotAnError() {
        ConfigLoader loader = new ConfigLoader(SETTINGS).env(Map.of("NEWSWIRE_INBOX_STABEL_TIME", "1s", "NEWSWIRE_HOME", "/opt"));
        loader.load();
        assertThat(loader.warnings()).containsExactly("ignoring unknown environment variable NEWSWIRE_INBOX_STABEL_TIME");
    }

    @Test
    void missingFileIsAClearError() {
        assertThatThrownBy(() -> new ConfigLoader(SETTINGS).file(dir.resolve("nope.properties")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("cannot read configuration file");
    }

    @Test
    void malformedAssignment() {
        assertThatThrownBy(() -> new ConfigLoader(SETTINGS).flag("novalue"))
                .hasMessage("invalid --set 'novalue': expected key=value");
    }

    @Test
    void missingRequiredValueSaysHowToSetIt() {
        assertThatThrownBy(() -> new ConfigLoader(SETTINGS).load().get(PASSWORD))
                .hasMessageContaining("missing value for api.token (set it with NEWSWIRE_API_TOKEN");
    }

    @Test
    void markdownTableListsEveryKeyOnce() {
        String table = SettingsTable.markdown(SETTINGS);
        assertThat(table).contains("| `inbox.stable-time` | `NEWSWIRE_INBOX_STABLE_TIME` | `250ms` | stable |");
        assertThat(table.lines().count()).isEqualTo(2 + SETTINGS.size());
    }

    @Test
    void variablesOfOtherServicesAreNeitherReadNorWarnedAbout() {
        Setting<String> sinkHost = Setting.of("sink.http.host", ValueType.string(), "127.0.0.1", "host");
        ConfigLoader loader = new ConfigLoader(SETTINGS).otherServices(List.of(sinkHost))
                .env(Map.of("NEWSWIRE_SINK_HTTP_HOST", "0.0.0.0", "NEWSWIRE_HEALTH_URL", "http://x/health"));
        Config c = loader.load();
        assertThat(loader.warnings()).isEmpty();
        assertThat(c.find(sinkHost)).isEmpty();
    }
}
