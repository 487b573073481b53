package io.newswire.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newswire.avro.DeadLetter;
import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.serde.registry.MockSchemaRegistryClient;
import io.newswire.serde.registry.SchemaRegistryClient;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The registry check against a registry in memory and a stub answering with chosen HTTP statuses. */
class RegistryCheckTest {
    private static final Duration NEVER = Duration.ofHours(1);

    @Test
    void readyWhenTheRegistryAnswersEvenWithoutTheSubject() {
        MockSchemaRegistryClient registry = new MockSchemaRegistryClient();
        registry.register("news.dlq-value", DeadLetter.getClassSchema());
        assertThat(probed(registry, "news.dlq-value")).isEqualTo(Readiness.ready("reachable"));
        assertThat(probed(registry, "unknown-value").ready()).isTrue();
    }

    @Test
    void notReadyWhenTheRegistryRefusesFailsOrIsGone() throws Exception {
        AtomicInteger status = new AtomicInteger(401);
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/", exchange -> {
            byte[] body = "{\"error_code\": 0, \"message\": \"no\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        try {
            SchemaRegistryClient client = client("http://127.0.0.1:" + stub.getAddress().getPort());
            Readiness refused = probed(client, "news.dlq-value");
            assertThat(refused.ready()).isFalse();
            assertThat(refused.detail()).contains("credentials").contains("401");
            status.set(503);
            assertThat(probed(client, "news.dlq-value")).isEqualTo(Readiness.notReady("answers HTTP 503"));
            status.set(404);
            assertThat(probed(client, "news.dlq-value").ready()).isTrue();
        } finally {
            stub.stop(0);
        }
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Readiness gone = probed(client("http://127.0.0.1:" + closedPort), "news.dlq-value");
        assertThat(gone.ready()).isFalse();
        assertThat(gone.detail()).contains("127.0.0.1:" + closedPort);
    }

    private static SchemaRegistryClient client(String url) {
        return KafkaClients.registry(new ConfigLoader(CommonSettings.all()).flag("schema.registry.url", url).load(),
                s -> s.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)).withRetries(1, Duration.ZERO));
    }

    private static Readiness probed(SchemaRegistryClient client, String subject) {
        try (RegistryCheck check = new RegistryCheck(client, subject, NEVER)) {
            check.probe();
            return check.check();
        }
    }
}
