package io.newswire.serde.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newswire.serde.registry.FakeRegistryServer.Answer;
import java.time.Duration;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RestSchemaRegistryClientTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA = SchemaBuilder.record("Doc").namespace("io.newswire.test").fields()
            .requiredString("id").endRecord();

    private final FakeRegistryServer server = new FakeRegistryServer();

    RestSchemaRegistryClientTest() throws Exception {
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RestSchemaRegistryClient client(String... urls) {
        return new RestSchemaRegistryClient(RestClientSettings.forUrls(List.of(urls), true)
                .withRetries(2, Duration.ofMillis(1)));
    }

    private static String schemaAnswer(Schema schema, String... extraFields) {
        ObjectNode node = JsonNodeFactory.instance.objectNode().put("schema", schema.toString());
        for (int i = 0; i < extraFields.length; i += 2) {
            node.put(extraFields[i], Integer.parseInt(extraFields[i + 1]));
        }
        return node.toString();
    }

    @Test
    void registerPostsTheSchemaUnderTheBasePathWithConfluentsMediaType() throws Exception {
        server.answer(200, "{\"id\": 7}");

        int id = client(server.url() + "/apis/ccompat/v7/").register("news.raw-value", SCHEMA);

        assertThat(id).isEqualTo(7);
        FakeRegistryServer.Request request = server.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.target()).isEqualTo("/apis/ccompat/v7/subjects/news.raw-value/versions");
        assertThat(request.contentType()).isEqualTo("application/vnd.schemaregistry.v1+json");
        assertThat(request.accept()).startsWith("application/vnd.schemaregistry.v1+json");
        assertThat(request.authorization()).isNull();
        assertThat(JSON.readTree(request.body())).isEqualTo(JSON.createObjectNode().put("schema", SCHEMA.toString()));
    }

    @Test
    void lookupPostsToTheSubject() {
        server.answer(200, schemaAnswer(SCHEMA, "id", "3", "version", "2").replaceFirst("\\{", "{\"subject\":\"s-value\","));

        RegisteredSchema found = client(server.url()).lookup("s-value", SCHEMA);

        assertThat(found).isEqualTo(new RegisteredSchema("s-value", 3, 2, SCHEMA));
        assertThat(server.onlyRequest().method()).isEqualTo("POST");
        assertThat(server.onlyRequest().target()).isEqualTo("/subjects/s-value");
    }

    @Test
    void fetchesSchemasById() {
        server.answer(200, schemaAnswer(SCHEMA));

        assertThat(client(server.url()).schemaById(5)).isEqualTo(SCHEMA);
        assertThat(server.onlyRequest().method()).isEqualTo("GET");
        assertThat(server.onlyRequest().target()).isEqualTo("/schemas/ids/5");
        assertThat(server.onlyRequest().contentType()).isNull();
    }

    @Test
    void fetchesTheLatestVersion() {
        server.answer(200, schemaAnswer(SCHEMA, "id", "9", "version", "4"));

        assertThat(client(server.url()).latest("s-value")).isEqualTo(new RegisteredSchema("s-value", 9, 4, SCHEMA));
        assertThat(server.onlyRequest().target()).isEqualTo("/subjects/s-value/versions/latest");
    }

    @Test
    void setsAndReadsCompatibility() throws Exception {
        server.answer(request -> request.method().equals("PUT")
                ? Answer.json(200, "{\"compatibility\":\"BACKWARD_TRANSITIVE\"}")
                : Answer.json(200, "{\"compatibilityLevel\":\"FULL\"}"));
        RestSchemaRegistryClient client = client(server.url());

        assertThat(client.updateCompatibility("s-value", CompatibilityLevel.BACKWARD_TRANSITIVE))
                .isEqualTo(CompatibilityLevel.BACKWARD_TRANSITIVE);
        assertThat(client.compatibility("s-value")).isEqualTo(CompatibilityLevel.FULL);

        FakeRegistryServer.Request put = server.requests().get(0);
        assertThat(put.target()).isEqualTo("/config/s-value");
        assertThat(JSON.readTree(put.body())).isEqualTo(JSON.readTree("{\"compatibility\":\"BACKWARD_TRANSITIVE\"}"));
        assertThat(server.requests().get(1).method()).isEqualTo("GET");
        assertThat(server.requests().get(1).target()).isEqualTo("/config/s-value?defaultToGlobal=true");
    }

    @Test
    void testsCompatibilityAgainstTheLatestVersion() {
        server.answer(200, "{\"is_compatible\": false, \"messages\": [\"READER_FIELD_MISSING_DEFAULT_VALUE: lang\"]}");

        CompatibilityCheck check = client(server.url()).testCompatibility("s-value", SCHEMA);

        assertThat(check).isEqualTo(new CompatibilityCheck(false, List.of("READER_FIELD_MISSING_DEFAULT_VALUE: lang")));
        assertThat(server.onlyRequest().target()).isEqualTo("/compatibility/subjects/s-value/versions/latest?verbose=true");
    }

    @Test
    void readsApicuriosSingleReasonAsAMessage() {
        server.answer(200, "{\"is_compatible\": false, \"reason\": \"Incompatible artifact: s-value [AVRO]\"}");

        CompatibilityCheck check = client(server.url()).testCompatibility("s-value", SCHEMA);

        assertThat(check).isEqualTo(new CompatibilityCheck(false, List.of("Incompatible artifact: s-value [AVRO]")));
    }

    @Test
    void takesTheHttpStatusWhenTheErrorCodeIsMissingOrZero() {
        server.answer(409, "{\"message\": \"Incompatible artifact\", \"error_code\": 0}");

        assertThatThrownBy(() -> client(server.url()).register("s-value", SCHEMA))
                .isInstanceOfSatisfying(RegistryResponseException.class, e -> assertThat(e.errorCode()).isEqualTo(409))
                .hasMessageEndingWith("HTTP 409, error_code 409: Incompatible artifact");
    }

    @Test
    void encodesSubjectsInThePath() {
        server.answer(200, "{\"id\": 1}");

        client(server.url()).register("odd subject/ü", SCHEMA);

        assertThat(server.onlyRequest().target()).isEqualTo("/subjects/odd%20subject%2F%C3%BC/versions");
    }

    @Test
    void sendsBasicAuthFromUserInfo() {
        server.answer(200, "{\"id\": 1}");
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(
                RestClientSettings.forUrls(List.of(server.url()), false).withBasicAuth("fred:s3cret"));

        client.register("s", SCHEMA);

        assertThat(server.onlyRequest().authorization()).isEqualTo("Basic ZnJlZDpzM2NyZXQ=");
    }

    @Test
    void sendsBasicAuthFromTheUrlAndNeverShowsIt() {
        server.answer(500, "{\"error_code\": 50001, \"message\": \"Error in the backend data store\"}");
        String withCredentials = server.url().replace("http://", "http://fred:s3cret@");

        assertThatThrownBy(() -> client(withCredentials).register("s", SCHEMA))
                .isInstanceOf(RegistryResponseException.class)
                .hasMessage("schema registry at " + server.url() + " rejected POST /subjects/s/versions: HTTP 500,"
                        + " error_code 50001: Error in the backend data store");
        assertThat(server.onlyRequest().authorization()).isEqualTo("Basic ZnJlZDpzM2NyZXQ=");
    }

    @Test
    void reportsTheRegistrysErrorCodeAndMessage() {
        server.answer(409, "{\"error_code\": 409, \"message\": \"Schema being registered is incompatible with an"
                + " earlier schema for subject \\\"s-value\\\"\"}");

        assertThatThrownBy(() -> client(server.url()).register("s-value", SCHEMA))
                .isInstanceOfSatisfying(RegistryResponseException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.errorCode()).isEqualTo(409);
                    assertThat(e.registry()).isEqualTo(server.url());
                    assertThat(e.registryMessage()).isEqualTo("Schema being registered is incompatible with an earlier"
                            + " schema for subject \"s-value\"");
                })
                .hasMessage("schema registry at " + server.url() + " rejected POST /subjects/s-value/versions: HTTP 409,"
                        + " error_code 409: Schema being registered is incompatible with an earlier schema for subject"
                        + " \"s-value\"");
        // The client looked once whether the schema is there after all (a concurrent registration), then reported.
        assertThat(server.requests()).extracting(FakeRegistryServer.Request::target)
                .containsExactly("/subjects/s-value/versions", "/subjects/s-value");
    }

    @Test
    void aConflictLostToAConcurrentRegistrationOfTheSameSchemaIsSuccess() {
        server.answer(request -> request.target().endsWith("/versions")
                ? FakeRegistryServer.Answer.json(409, "{\"error_code\": 0, \"message\": \"Artifact already exists\"}")
                : FakeRegistryServer.Answer.json(200, "{\"subject\": \"s-value\", \"id\": 7, \"version\": 1}"));

        assertThat(client(server.url()).register("s-value", SCHEMA)).isEqualTo(7);
    }

    @Test
    void reportsErrorsWithoutJsonBodies() {
        server.answer(502, "<html><body>Bad gateway</body></html>");

        assertThatThrownBy(() -> client(server.url()).latest("s"))
                .isInstanceOfSatisfying(RegistryResponseException.class, e -> assertThat(e.errorCode()).isEqualTo(502))
                .hasMessageEndingWith("HTTP 502, error_code 502: <html><body>Bad gateway</body></html>");
    }

    @Test
    void unknownSchemaIdIsAskedOnceAndSaysSo() {
        server.answer(404, "{\"error_code\": 40403, \"message\": \"Schema 1234 not found\"}");

        assertThatThrownBy(() -> client(server.url()).schemaById(1234))
                .isInstanceOf(UnknownSchemaIdException.class)
                .hasMessage("unknown schema id 1234 (registry " + server.url() + "): Schema 1234 not found"
                        + " (error_code 40403)");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void unreachableRegistryIsRetriedBrieflyThenNamedWithTheCause() throws Exception {
        String closed = FakeRegistryServer.closedUrl();

        assertThatThrownBy(() -> client(closed).schemaById(1))
                .isInstanceOf(RegistryUnreachableException.class)
                .hasMessage("schema registry at " + closed + " unreachable: Connection refused"
                        + " (GET /schemas/ids/1, tried 2 times)");
    }

    @Test
    void triesTheNextUrlWhenOneIsUnreachable() throws Exception {
        server.answer(200, schemaAnswer(SCHEMA));

        assertThat(client(FakeRegistryServer.closedUrl(), server.url()).schemaById(1)).isEqualTo(SCHEMA);
    }

    @Test
    void aSlowAnswerTimesOutWithoutRetry() {
        server.answer(request -> new Answer(200, schemaAnswer(SCHEMA), 2_000));
        RestSchemaRegistryClient client = new RestSchemaRegistryClient(RestClientSettings.forUrls(List.of(server.url()), true)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(200)));

        assertThatThrownBy(() -> client.schemaById(1))
                .isInstanceOf(RegistryUnreachableException.class)
                .hasMessage("schema registry at " + server.url() + " unreachable: no answer within 200 ms (GET /schemas/ids/1)");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void refusesSchemasThatAreNotAvro() {
        server.answer(200, "{\"schema\": \"syntax = \\\"proto3\\\";\", \"schemaType\": \"PROTOBUF\"}");

        assertThatThrownBy(() -> client(server.url()).schemaById(3))
                .isInstanceOf(SchemaRegistryException.class)
                .hasMessage("schema id 3 in registry " + server.url() + " is a PROTOBUF schema, not Avro");
    }

    @Test
    void settingsNeverPrintCredentials() {
        RestClientSettings settings = RestClientSettings.forUrls(List.of("http://fred:s3cret@registry:8081"), true);

        assertThat(settings.urls()).extracting(Object::toString).containsExactly("http://registry:8081");
        assertThat(settings.basicAuthUserInfo()).isEqualTo("fred:s3cret");
        assertThat(settings.toString()).doesNotContain("s3cret");
        assertThat(RestClientSettings.forUrls(List.of("http://fred:s3cret@registry:8081"), false).basicAuthUserInfo()).isNull();
    }
}
