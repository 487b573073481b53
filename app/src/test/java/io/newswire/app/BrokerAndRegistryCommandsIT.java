package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.app.local.LocalStackFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged launcher jar's {@code newswire broker} and {@code newswire registry} as a user would, each in its
 * own process: clients reach them at the printed addresses, client commands find them through the stack notes, and
 * SIGTERM stops them cleanly. A broker started again on the same data folder and port still holds its records.
 */
class BrokerAndRegistryCommandsIT {
    private static final Pattern KAFKA = Pattern.compile("Kafka bootstrap servers\\s+(\\S+)");
    private static final Pattern REGISTRY = Pattern.compile("Schema registry\\s+(\\S+)");
    private static final Path JAR = Path.of("target/newswire.jar").toAbsolutePath();
    private static final String TOPIC = "broker-command-it";

    @TempDir
    Path workDir;

    @Test
    void theBrokerServesClientsStopsOnSigtermAndKeepsItsDataForTheNextStart() throws Exception {
        Path dataDir = workDir.resolve("data");
        Process broker = newswire("broker", "broker", "--data-dir", dataDir.toString(), "--port", "0");
        String bootstrap;
        try {
            bootstrap = find(KAFKA, readBanner(broker, "the broker"));
            assertThat(LocalStackFile.discover(dataDir)).containsOnly(Map.entry("kafka.bootstrap.servers", bootstrap));
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(TOPIC, "id-1", "first article")).get(30, TimeUnit.SECONDS);
            }
            assertThat(readAll(bootstrap)).containsExactly("first article");

            broker.destroy(); // SIGTERM
            assertThat(broker.waitFor(60, TimeUnit.SECONDS)).as("the broker stops on SIGTERM").isTrue();
            assertThat(broker.exitValue()).isZero();
            assertThat(LocalStackFile.discover(dataDir)).isEmpty();
        } finally {
            broker.destroyForcibly();
        }

        String port = bootstrap.substring(bootstrap.lastIndexOf(':') + 1);
        Process again = newswire("broker-again", "broker", "--data-dir", dataDir.toString(), "--port", port);
        try {
            assertThat(find(KAFKA, readBanner(again, "the restarted broker"))).isEqualTo(bootstrap);
            assertThat(readAll(bootstrap)).containsExactly("first article");
            again.destroy();
            assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(again.exitValue()).isZero();
        } finally {
            again.destroyForcibly();
        }
    }

    @Test
    void theRegistryServesTheConfluentApiAndStopsWithItsChildProcessOnSigterm() throws Exception {
        Path dataDir = workDir.resolve("data");
        Process registry = newswire("registry", "registry", "--data-dir", dataDir.toString(), "--port", "0");
        try {
            String url = find(REGISTRY, readBanner(registry, "the registry"));
            HttpResponse<String> subjects = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url + "/subjects")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(subjects.statusCode()).isEqualTo(200);
            assertThat(LocalStackFile.discover(dataDir)).containsOnly(Map.entry("schema.registry.url", url));
            List<ProcessHandle> children = registry.descendants().toList();
            assertThat(children).as("the registry runs as a child process").isNotEmpty();

            Process second = newswire("second-registry", "registry", "--data-dir", dataDir.toString(), "--port", "0");
            assertThat(second.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(second.exitValue()).as("a second registry on the same folder is refused").isEqualTo(1);
            assertThat(Files.readString(workDir.resolve("second-registry.err")))
                    .contains("newswire registry (pid " + registry.pid() + ") already runs");

            registry.destroy();
            assertThat(registry.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(registry.exitValue()).isZero();
            assertThat(children).noneMatch(ProcessHandle::isAlive);
            assertThat(LocalStackFile.discover(dataDir)).isEmpty();
        } finally {
            registry.destroyForcibly();
        }
    }

    private static List<String> readAll(String bootstrap) {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(TOPIC, 0);
            consumer.assign(Set.of(partition));
            consumer.seekToBeginning(Set.of(partition));
            long end = consumer.endOffsets(Set.of(partition)).get(partition);
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach((ConsumerRecord<String, String> r) -> values.add(r.value()));
            }
            return values;
        }
    }

    /** Runs the packaged jar in the work folder, standard error to NAME.err. */
    private Process newswire(String name, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectError(workDir.resolve(name + ".err").toFile());
        builder.environment().put("NEWSWIRE_REGISTRY_JAR", System.getProperty("newswire.registry.jar"));
        return builder.start();
    }

    private List<String> readBanner(Process p, String what) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (line.contains("Data folder")) {
                return lines;
            }
        }
        throw new AssertionError(what + " ended before printing its address: " + lines);
    }

    private static String find(Pattern pattern, List<String> lines) {
        return lines.stream().map(pattern::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + pattern + " in " + lines));
    }
}
