package io.newswire.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The parts of the Confluent API the project relies on, as the embedded registry (Apicurio) serves them. */
class EmbeddedSchemaRegistryIT {

    private static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    private static final String V1 = avro("{\"name\":\"title\",\"type\":\"string\"}");
    private static final String V2_WITH_DEFAULT = avro(
            "{\"name\":\"title\",\"type\":\"string\"},{\"name\":\"lang\",\"type\":\"string\",\"default\":\"en\"}");
    private static final String V2_WITHOUT_DEFAULT = avro(
            "{\"name\":\"title\",\"type\":\"string\"},{\"name\":\"lang\",\"type\":\"string\"}");

    private static EmbeddedSchemaRegistry registry;

    @BeforeAll
    static void startRegistry() {
        registry = EmbeddedSchemaRegistry.builder().build().start();
    }

    @AfterAll
    static void stopRegistry() {
        registry.close();
    }

    @Test
    void aRegisteredSchemaCanBeReadBackById() throws Exception {
        HttpResponse<String> registered = post("/subjects/read-back-value/versions", V1);
        assertThat(registered.statusCode()).isEqualTo(200);
        assertThat(registered.body()).matches("\\{\"id\":\\d+}");

        HttpResponse<String> byId = get("/schemas/ids/" + registered.body().replaceAll("\\D", ""));

        assertThat(byId.statusCode()).isEqualTo(200);
        assertThat(byId.body()).contains("\"schema\":").contains("Article");
    }

    @Test
    void backwardTransitiveCompatibilityIsEnforced() throws Exception {
        String subject = "/subjects/compat-value";
        HttpResponse<String> config = put("/config/compat-value", "{\"compatibility\":\"BACKWARD_TRANSITIVE\"}");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(get("/config/compat-value").body()).contains("BACKWARD_TRANSITIVE");
        assertThat(post(subject + "/versions", V1).statusCode()).isEqualTo(200);

        assertThat(post(subject + "/versions", V2_WITHOUT_DEFAULT).statusCode()).isEqualTo(409);
        assertThat(post(subject + "/versions", V2_WITH_DEFAULT).statusCode()).isEqualTo(200);
        assertThat(get(subject + "/versions").body()).isEqualTo("[1,2]");
    }

    @Test
    void aRegistryThatCannotStartSaysWhyWithItsLog() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            EmbeddedSchemaRegistry blocked = EmbeddedSchemaRegistry.builder().port(taken.getLocalPort()).build();
            try {
                assertThatThrownBy(blocked::start)
                        .hasMessageContaining("exited with code")
                        .hasMessageContaining(blocked.logFile().toString())
                        .hasMessageContaining(String.valueOf(taken.getLocalPort()));
            } finally {
                blocked.close();
            }
        }
    }

    private static String avro(String fields) {
        String schema = "{\"type\":\"record\",\"name\":\"Article\",\"namespace\":\"it\",\"fields\":[" + fields + "]}";
        return "{\"schema\":\"" + schema.replace("\"", "\\\"") + "\"}";
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", CONTENT_TYPE)
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static HttpResponse<String> put(String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", CONTENT_TYPE)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    private static URI uri(String path) {
        return URI.create(registry.url() + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HttpClient.newHttpClient().send(request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
