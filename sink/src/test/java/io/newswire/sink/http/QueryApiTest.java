package io.newswire.sink.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.sink.SinkSettings;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The query API's exposure before any Kafka is involved: where it listens and what the bearer token guards. */
class QueryApiTest {
    static final String TOKEN = "query-token-2f9d";
    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void byDefaultItListensOnTheLoopbackAddressOnly() throws Exception {
        try (QueryApi api = QueryApi.bind(SinkSettings.HTTP_HOST.defaultValue(), 0, null)) {
            assertThat(get("http://127.0.0.1:" + api.port() + "/health", null).statusCode()).isEqualTo(503);
            // Linux routes all of 127.0.0.0/8 to the loopback interface: a wildcard bind would answer here too.
            assertThatThrownBy(() -> get("http://127.0.0.2:" + api.port() + "/health", null))
                    .isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void withATokenArticlesNeedTheBearerHeaderAndHealthStaysOpen() throws Exception {
        try (QueryApi api = QueryApi.bind("127.0.0.1", 0, TOKEN)) {
            String base = "http://127.0.0.1:" + api.port();

            HttpResponse<String> anonymous = get(base + "/articles", null);
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).contains("Bearer");
            assertThat(get(base + "/articles/a1", "not-" + TOKEN).statusCode()).isEqualTo(401);
            // Past the token check: no table is served yet, hence 503 and not 401.
            assertThat(get(base + "/articles/a1", TOKEN).statusCode()).isEqualTo(503);
            HttpResponse<String> health = get(base + "/health", null);
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).isEqualTo("{\"state\":\"CREATED\"}");
        }
    }

    private HttpResponse<String> get(String url, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
