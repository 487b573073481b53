package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged launcher's log output as operators get it: with NEWSWIRE_LOG_FORMAT=json one JSON object per line,
 * one line per rejected file and per dead letter naming it and the reason, and no secret in any line, not even in
 * the Kafka clients' own configuration dumps (shown here by raising their log level to INFO).
 */
@NewswireStackTest
class LogsIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path JAR = Path.of("target/newswire.jar").toAbsolutePath();
    private static final String KAFKA_SECRET = "kafka-Pa55-w0rd-7c1";
    private static final String REGISTRY_SECRET = "registry-Pa55-w0rd-9e2";

    @TempDir
    Path tmp;

    @Test
    void jsonLinesOneLinePerRejectionAndNoSecrets(NewswireStack stack) throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(inbox.resolve("good.txt"), "An article about the talks.");
        Files.writeString(inbox.resolve("empty.txt"), "");
        Files.writeString(inbox.resolve("feed.jsonl"), "{\"title\": \"fine\"}\nnot json\n");
        Path logback = Files.writeString(tmp.resolve("logback.xml"), """
                <configuration>
                  <appender name="TEXT" class="ch.qos.logback.core.ConsoleAppender">
                    <target>System.err</target>
                    <encoder><pattern>%msg%n</pattern></encoder>
                  </appender>
                  <root level="INFO"><appender-ref ref="TEXT"/></root>
                </configuration>
                """);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dlogback.configurationFile=" + logback, "-jar", JAR.toString(), "ingest", "--once",
                "--inbox", inbox.toString(),
                "--bootstrap-server", stack.bootstrapServers(), "--schema-registry-url", stack.schemaRegistryUrl(),
                "--set", "topics.raw=" + stack.uniqueName("logs-raw"), "--set", "topics.dlq=" + stack.uniqueName("logs-dlq"),
                "--set", "topics.replication-factor=1", "--set", "ingest.progress=off",
                "--set", "kafka.sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required "
                        + "username=\"newswire\" password=\"" + KAFKA_SECRET + "\";",
                "--set", "schema.registry.basic-auth.user-info=newswire:" + REGISTRY_SECRET));
        Path stderr = tmp.resolve("ingest.err");
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(stderr.toFile())
                .redirectOutput(tmp.resolve("ingest.out").toFile());
        builder.environment().put("NEWSWIRE_LOG_FORMAT", "json");
        Process ingest = builder.start();
        assertThat(ingest.waitFor(120, TimeUnit.SECONDS)).isTrue();
        List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
        assertThat(ingest.exitValue()).as(String.join("\n", lines)).isEqualTo(3);

        List<JsonNode> events = new ArrayList<>();
        for (String line : lines) {
            JsonNode event = JSON.readTree(line);
            assertThat(event.isObject()).as(line).isTrue();
            assertThat(event.path("level").asText()).as(line).isNotEmpty();
            assertThat(event.path("loggerName").asText()).as(line).isNotEmpty();
            assertThat(event.has("formattedMessage")).as(line).isTrue();
            events.add(event);
        }
        assertThat(messagesNaming(events, "empty.txt")).singleElement().asString()
                .contains("EMPTY_FILE").contains("The file is empty (0 bytes)");
        assertThat(messagesNaming(events, "feed.jsonl")).singleElement().asString()
                .startsWith("rejected line 2 of feed.jsonl (MALFORMED_JSON: The JSON is not well-formed");

        String all = String.join("\n", lines);
        assertThat(all).as("Kafka printed its configuration, with the JAAS value hidden")
                .contains("sasl.jaas.config = [hidden]");
        assertThat(all).doesNotContain(KAFKA_SECRET).doesNotContain(REGISTRY_SECRET);
    }

    private static List<String> messagesNaming(List<JsonNode> events, String file) {
        return events.stream().map(e -> e.path("formattedMessage").asText()).filter(m -> m.contains(file)).toList();
    }
}
