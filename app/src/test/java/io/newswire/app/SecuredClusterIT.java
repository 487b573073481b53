package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.avro.EnrichedArticle;
import io.newswire.local.EmbeddedKafkaBroker;
import io.newswire.local.TlsIdentity;
import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.testkit.BasicAuthProxy;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * newswire against a secured cluster, run as an operator runs it: the packaged {@code newswire} command in its own
 * processes, configured by {@code NEWSWIRE_*} environment variables with every secret in a file, against a real broker
 * whose only client listener is SASL_SSL with SCRAM-SHA-512 and the real registry behind a proxy demanding basic auth.
 * With the right credentials a dropped file comes out enriched in news.articles; with a wrong one each service stops
 * within seconds, with exit code 2 and one line saying why; no password or token ever shows in the output.
 */
@NewswireStackTest
class SecuredClusterIT {
    static final Path JAR = Path.of("target/newswire.jar").toAbsolutePath();
    static final String KAFKA_USER = "newswire-svc";
    static final String KAFKA_PASSWORD = "kafka-pw-Zq81xR";
    static final String REGISTRY_USER = "newswire";
    static final String REGISTRY_PASSWORD = "registry-pw-Lm27cT";
    static final String TOKEN = "sink-token-Hd93kW";
    static final List<String> SECRETS = List.of(KAFKA_PASSWORD, REGISTRY_PASSWORD, TOKEN);
    /**
     * How long a refused command may take, JVM start included, on a loaded 2-core machine. A retry loop never ends, and
     * the rejection message (not the timeout's) shows the check did not wait for a broker to answer.
     */
    static final Duration FAIL_FAST = Duration.ofSeconds(90);
    static final Pattern QUERY_API = Pattern.compile("query API on (http://[^,\\s]+)");
    static final String ARTICLE = """
            Talks in Singapore

            PYONGYANG, May 31. /TASS/. North Korean leader Kim Jong Un has received a letter from the President of the \
            United States, the Korean Central News Agency reported on Thursday. The two sides discussed the summit \
            planned for June in Singapore and the steps that could follow it.
            """;

    @TempDir
    static Path tlsDir;
    static TlsIdentity brokerTls;
    static EmbeddedKafkaBroker broker;
    static BasicAuthProxy registry;

    @TempDir
    Path workDir;
    /** Each process started, with the file holding its stdout and stderr. */
    final Map<Process, Path> outputs = new LinkedHashMap<>();

    @BeforeAll
    static void startSecuredBrokerAndRegistryProxy(NewswireStack stack) throws IOException {
        brokerTls = TlsIdentity.selfSigned(tlsDir, "broker");
        broker = EmbeddedKafkaBroker.builder().saslSsl(brokerTls).scramUser(KAFKA_USER, KAFKA_PASSWORD).build().start();
        registry = BasicAuthProxy.start(stack.schemaRegistryUrl(), REGISTRY_USER, REGISTRY_PASSWORD);
    }

    @AfterAll
    static void stop() {
        registry.close();
        broker.close();
    }

    @Test
    void withTheRightCredentialsADroppedFileComesOutEnrichedInTheArticlesTopic() throws Exception {
        Map<String, String> env = environment(KAFKA_PASSWORD, REGISTRY_PASSWORD);
        List<Process> services = new ArrayList<>();
        try {
            services.add(newswire(env, "ingest"));
            services.add(newswire(env, "enrich"));
            Process sink = newswire(env, "sink");
            services.add(sink);
            String api = await().atMost(Duration.ofSeconds(90)).until(() -> queryApi(sink), Optional::isPresent).get();

            Files.createDirectories(workDir.resolve("inbox"));
            Files.writeString(workDir.resolve("inbox/.talks.txt.tmp"), ARTICLE);
            Files.move(workDir.resolve("inbox/.talks.txt.tmp"), workDir.resolve("inbox/talks.txt"));

            EnrichedArticle article = firstArticle();
            assertThat(article.getFileName()).isEqualTo("talks.txt");
            assertThat(article.getLanguage()).isEqualTo("en");
            assertThat(article.getEnrichment().getVersion()).isNotBlank();
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> get(api + "/articles/" + article.getId(), TOKEN).statusCode() == 200);
            assertThat(get(api + "/articles/" + article.getId(), null).statusCode()).isEqualTo(401);
            assertThat(registry.accepted()).as("requests the registry proxy let through").isPositive();

            for (Process service : services) {
                service.destroy(); // SIGTERM, as a service manager stops it
                assertThat(service.waitFor(60, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            services.forEach(Process::destroyForcibly);
        }
        assertNoSecretInAnyOutput();
    }

    @Test
    void withAWrongKafkaPasswordEveryCommandStopsAtOnceWithOneClearLine() throws Exception {
        Map<String, String> env = environment("not-" + KAFKA_PASSWORD, REGISTRY_PASSWORD);
        String expected = "newswire: Kafka at " + broker.bootstrapServers() + " rejected the credentials of user '"
                + KAFKA_USER + "' (SASL_SSL, SCRAM-SHA-512): Authentication failed during authentication due to invalid "
                + "credentials with SASL mechanism SCRAM-SHA-512";

        Map<String, Process> runs = startEach(env, "ingest", "enrich", "sink", "init", "tail", "articles delete a1", "status");

        for (var run : runs.entrySet()) {
            assertStoppedWithOneLine(run.getKey(), run.getValue(), expected);
        }
        assertNoSecretInAnyOutput();
    }

    @Test
    void withAWrongRegistryPasswordEveryServiceStopsAtOnceWithOneClearLine() throws Exception {
        Map<String, String> env = environment(KAFKA_PASSWORD, "not-" + REGISTRY_PASSWORD);
        String expected = "newswire: schema registry at " + registry.url() + " rejected the credentials of user '"
                + REGISTRY_USER + "' (HTTP 401): Unauthorized";

        Map<String, Process> runs = startEach(env, "ingest", "enrich", "sink");

        for (var run : runs.entrySet()) {
            assertStoppedWithOneLine(run.getKey(), run.getValue(), expected);
        }
        assertNoSecretInAnyOutput();
    }

    @Test
    void overMutualTlsOnlyATrustedClientCertificateGetsIn(NewswireStack stack) throws Exception {
        TlsIdentity client = TlsIdentity.selfSigned(workDir.resolve("tls"), "newswire-client");
        TlsIdentity stranger = TlsIdentity.selfSigned(workDir.resolve("tls"), "stranger");
        try (EmbeddedKafkaBroker mtls = EmbeddedKafkaBroker.builder().mutualTls(brokerTls, client).build().start()) {
            Process trusted = newswire(mutualTls(mtls, client, stack, "trusted"), "init");
            Process untrusted = newswire(mutualTls(mtls, stranger, stack, "stranger"), "init");

            assertThat(trusted.waitFor(90, TimeUnit.SECONDS)).isTrue();
            assertThat(trusted.exitValue()).as(output(trusted)).isZero();
            assertThat(output(trusted)).contains("newswire: topics and schemas are in place on " + mtls.bootstrapServers());
            assertThat(untrusted.waitFor(FAIL_FAST.toSeconds(), TimeUnit.SECONDS)).as(output(untrusted)).isTrue();
            assertThat(untrusted.exitValue()).as(output(untrusted)).isEqualTo(Newswire.EXIT_USAGE);
            assertThat(output(untrusted).strip()).startsWith("newswire: the TLS handshake with Kafka at "
                    + mtls.bootstrapServers() + " failed for the client (SSL, client certificate from "
                    + stranger.keystore() + "): ").doesNotContain("\n");
        }
        assertNoSecretInAnyOutput(client.password(), stranger.password());
    }

    /** The services' configuration as an operator would give it: variables, with each secret in a file. */
    private Map<String, String> environment(String kafkaPassword, String registryPassword) throws IOException {
        Path secrets = Files.createDirectories(workDir.resolve("secrets"));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS", broker.bootstrapServers());
        env.put("NEWSWIRE_KAFKA_SECURITY_PROTOCOL", "SASL_SSL");
        env.put("NEWSWIRE_KAFKA_SASL_MECHANISM", "SCRAM-SHA-512");
        env.put("NEWSWIRE_KAFKA_SASL_JAAS_CONFIG_FILE", Files.writeString(secrets.resolve("kafka-jaas"),
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + KAFKA_USER
                        + "\" password=\"" + kafkaPassword + "\";\n").toString());
        env.put("NEWSWIRE_KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
        env.put("NEWSWIRE_KAFKA_SSL_TRUSTSTORE_LOCATION", brokerTls.certificate().toString());
        env.put("NEWSWIRE_SCHEMA_REGISTRY_URL", registry.url());
        env.put("NEWSWIRE_SCHEMA_REGISTRY_BASIC_AUTH_USER_INFO_FILE", Files.writeString(secrets.resolve("registry-auth"),
                REGISTRY_USER + ":" + registryPassword + "\n").toString());
        env.put("NEWSWIRE_SINK_HTTP_TOKEN_FILE", Files.writeString(secrets.resolve("sink-token"), TOKEN + "\n").toString());
        env.put("NEWSWIRE_SINK_HTTP_PORT", "0");
        // Free ports: a newswire running on this machine may hold the defaults.
        env.put("NEWSWIRE_INGEST_OPS_PORT", "0");
        env.put("NEWSWIRE_ENRICH_OPS_PORT", "0");
        env.put("NEWSWIRE_SINK_OPS_PORT", "0");
        env.put("NEWSWIRE_INGEST_INBOX", workDir.resolve("inbox").toString());
        return env;
    }

    private Map<String, String> mutualTls(EmbeddedKafkaBroker mtls, TlsIdentity client, NewswireStack stack, String name)
            throws IOException {
        Path secrets = Files.createDirectories(workDir.resolve("secrets"));
        Map<String, String> env = new LinkedHashMap<>();
        env.put("NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS", mtls.bootstrapServers());
        env.put("NEWSWIRE_KAFKA_SECURITY_PROTOCOL", "SSL");
        env.put("NEWSWIRE_KAFKA_SSL_TRUSTSTORE_TYPE", "PEM");
        env.put("NEWSWIRE_KAFKA_SSL_TRUSTSTORE_LOCATION", brokerTls.certificate().toString());
        env.put("NEWSWIRE_KAFKA_SSL_KEYSTORE_TYPE", "PKCS12");
        env.put("NEWSWIRE_KAFKA_SSL_KEYSTORE_LOCATION", client.keystore().toString());
        env.put("NEWSWIRE_KAFKA_SSL_KEYSTORE_PASSWORD_FILE",
                Files.writeString(secrets.resolve(name + "-keystore-password"), client.password()).toString());
        env.put("NEWSWIRE_SCHEMA_REGISTRY_URL", stack.schemaRegistryUrl());
        return env;
    }

    private Map<String, Process> startEach(Map<String, String> env, String... commandLines) throws IOException {
        Map<String, Process> runs = new LinkedHashMap<>();
        for (String commandLine : commandLines) {
            runs.put(commandLine, newswire(env, commandLine.split(" ")));
        }
        return runs;
    }

    private void assertStoppedWithOneLine(String command, Process process, String expected) throws Exception {
        try {
            assertThat(process.waitFor(FAIL_FAST.toSeconds(), TimeUnit.SECONDS))
                    .as("newswire %s stopped within %s; its output: %s", command, FAIL_FAST, output(process)).isTrue();
            assertThat(process.exitValue()).as("exit code of newswire %s", command).isEqualTo(Newswire.EXIT_USAGE);
            assertThat(output(process).lines().toList()).as("output of newswire %s", command).containsExactly(expected);
        } finally {
            process.destroyForcibly();
        }
    }

    /** {@code newswire ARGS} from the packaged jar, in its own folder, stdout and stderr into one file. */
    private Process newswire(Map<String, String> env, String... args) throws IOException {
        Path dir = Files.createDirectories(workDir.resolve(args[0] + "-" + outputs.size()));
        Path output = workDir.resolve(args[0] + "-" + outputs.size() + ".out");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("NEWSWIRE_"));
        builder.environment().putAll(env);
        Process process = builder.start();
        outputs.put(process, output);
        return process;
    }

    private String output(Process process) throws IOException {
        return Files.readString(outputs.get(process), StandardCharsets.UTF_8);
    }

    private void assertNoSecretInAnyOutput(String... more) throws IOException {
        List<String> secrets = new ArrayList<>(SECRETS);
        secrets.addAll(List.of(more));
        assertThat(outputs).isNotEmpty();
        for (Path output : outputs.values()) {
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(text).as("output of %s", output.getFileName()).doesNotContain(secrets);
        }
    }

    private Optional<String> queryApi(Process sink) throws IOException {
        Matcher m = QUERY_API.matcher(output(sink));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The first record of news.articles, read as another team would, with the same secured settings. */
    private EnrichedArticle firstArticle() throws IOException {
        Config config = new ConfigLoader(CommonSettings.all()).env(environment(KAFKA_PASSWORD, REGISTRY_PASSWORD)).load();
        Map<String, Object> props = new HashMap<>(KafkaClients.common(config));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "secured-cluster-it");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<String, EnrichedArticle> consumer = new KafkaConsumer<>(props, new StringDeserializer(),
                KafkaClients.<EnrichedArticle>valueSerde(config).deserializer())) {
            consumer.subscribe(List.of(config.get(CommonSettings.TOPIC_ARTICLES)));
            List<EnrichedArticle> found = new ArrayList<>();
            await().atMost(Duration.ofSeconds(120)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> found.add(r.value()));
                return !found.isEmpty();
            });
            return found.get(0);
        }
    }

    private static HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
