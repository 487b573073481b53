package io.newswire.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Counter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The endpoints over real HTTP on a free loopback port. */
class OpsServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private OpsServer ops;

    @BeforeEach
    void start() throws Exception {
        ops = OpsServer.start("127.0.0.1", 0);
    }

    @AfterEach
    void stop() {
        ops.close();
    }

    @Test
    void healthIsUpUntilShuttingDown() throws Exception {
        HttpResponse<String> up = get("/health");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(up.body()).get("status").asText()).isEqualTo("UP");

        ops.shuttingDown();
        HttpResponse<String> down = get("/health");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(down.body()).get("status").asText()).isEqualTo("SHUTTING_DOWN");
    }

    @Test
    void readyOnlyWhenEveryCheckIsReadyAndListsEach() throws Exception {
        assertThat(get("/ready").statusCode()).as("no check registered yet").isEqualTo(503);

        AtomicReference<Readiness> streams = new AtomicReference<>(Readiness.notReady("Kafka Streams state REBALANCING"));
        ops.addChecks(List.of(ReadinessCheck.of("streams", streams::get),
                ReadinessCheck.of("registry", () -> Readiness.ready("reachable"))));
        HttpResponse<String> notReady = get("/ready");
        assertThat(notReady.statusCode()).isEqualTo(503);
        JsonNode body = JSON.readTree(notReady.body());
        assertThat(body.get("ready").asBoolean()).isFalse();
        assertThat(body.at("/checks/streams/ready").asBoolean()).isFalse();
        assertThat(body.at("/checks/streams/detail").asText()).isEqualTo("Kafka Streams state REBALANCING");
        assertThat(body.at("/checks/registry/ready").asBoolean()).isTrue();

        streams.set(Readiness.ready("Kafka Streams state RUNNING"));
        HttpResponse<String> ready = get("/ready");
        assertThat(ready.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(ready.body()).get("ready").asBoolean()).isTrue();

        ops.shuttingDown();
        assertThat(get("/ready").statusCode()).isEqualTo(503);
    }

    @Test
    void aCheckThatThrowsIsNotReady() throws Exception {
        ops.addChecks(List.of(ReadinessCheck.of("broken", () -> {
            throw new IllegalStateException("boom");
        })));
        HttpResponse<String> answer = get("/ready");
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(JSON.readTree(answer.body()).at("/checks/broken/detail").asText()).contains("boom");
    }

    @Test
    void metricsAreThePrometheusTextOfTheRegistryWithJvmMetrics() throws Exception {
        Counter.builder("newswire.test.things").tag("reason", "EMPTY_FILE").register(ops.registry()).increment(3);
        HttpResponse<String> answer = get("/metrics");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue(OpsServer.PROMETHEUS_CONTENT_TYPE);
        assertThat(answer.body())
                .contains("# TYPE newswire_test_things_total counter")
                .contains("newswire_test_things_total{reason=\"EMPTY_FILE\"} 3.0")
                .contains("jvm_memory_used_bytes")
                .contains("process_uptime_seconds");
    }

    @Test
    void unknownPathsAndMethodsAreRefused() throws Exception {
        assertThat(get("/nothing").statusCode()).isEqualTo(404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(ops.baseUrl() + "/ready"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(ops.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
