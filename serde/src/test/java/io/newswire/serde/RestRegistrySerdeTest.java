package io.newswire.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.newswire.avro.RawArticle;
import io.newswire.serde.registry.FakeRegistryServer;
import io.newswire.serde.registry.FakeRegistryServer.Answer;
import io.newswire.serde.registry.RegistryUnreachableException;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Serdes configured by URL talk HTTP to the registry, with credentials, and only until their caches are warm. */
class RestRegistrySerdeTest {

    private final FakeRegistryServer server = new FakeRegistryServer();

    RestRegistrySerdeTest() throws Exception {
        server.answer(request -> {
            if (request.method().equals("POST") && request.target().endsWith("/subjects/news.raw-value/versions")) {
                return Answer.json(200, "{\"id\": 21}");
            }
            if (request.target().endsWith("/schemas/ids/21")) {
                return Answer.json(200, JsonNodeFactory.instance.objectNode()
                        .put("schema", RawArticle.getClassSchema().toString()).toString());
            }
            return Answer.json(404, "{\"error_code\": 404, \"message\": \"HTTP 404 Not Found\"}");
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void steadyStateMakesNoHttpCalls() {
        Map<String, String> config = Map.of(
                SerdeConfig.SCHEMA_REGISTRY_URL, server.url() + "/apis/ccompat/v7",
                SerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, "USER_INFO",
                SerdeConfig.BASIC_AUTH_USER_INFO, "fred:s3cret");
        SpecificAvroSerializer<RawArticle> serializer = new SpecificAvroSerializer<>();
        serializer.configure(config, false);
        SpecificAvroDeserializer<RawArticle> deserializer = new SpecificAvroDeserializer<>();
        deserializer.configure(config, false);

        for (int i = 0; i < 20; i++) {
            RawArticle article = TestArticles.raw("a" + i);
            byte[] bytes = serializer.serialize("news.raw", article);
            assertThat(WireFormat.schemaId(bytes)).isEqualTo(21);
            assertThat(deserializer.deserialize("news.raw", bytes)).isEqualTo(article);
        }

        assertThat(server.requests()).extracting(FakeRegistryServer.Request::target).containsExactlyInAnyOrder(
                "/apis/ccompat/v7/subjects/news.raw-value/versions", "/apis/ccompat/v7/schemas/ids/21");
        assertThat(server.requests()).allSatisfy(request ->
                assertThat(request.authorization()).isEqualTo("Basic ZnJlZDpzM2NyZXQ="));
    }

    @Test
    void unreachableRegistryFailsTheRecordNamingTheUrl() throws Exception {
        String closed = FakeRegistryServer.closedUrl();
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
        deserializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, closed), false);

        assertThatThrownBy(() -> deserializer.deserialize("news.raw", new byte[] {0, 0, 0, 0, 21, 2}))
                .isInstanceOf(RegistryUnreachableException.class)
                .isInstanceOf(SerializationException.class)
                .hasMessage("schema registry at " + closed + " unreachable: Connection refused"
                        + " (GET /schemas/ids/21, tried 3 times)");
    }

    @Test
    void unknownIdIsAPermanentErrorAskedOnce() {
        KafkaAvroDeserializer deserializer = new KafkaAvroDeserializer();
        deserializer.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, server.url()), false);

        assertThatThrownBy(() -> deserializer.deserialize("news.raw", new byte[] {0, 0, 0, 0x04, (byte) 0xd2, 2}))
                .isInstanceOf(io.newswire.serde.registry.UnknownSchemaIdException.class)
                .hasMessageStartingWith("unknown schema id 1234 (registry " + server.url() + ")");
        assertThat(server.requests()).hasSize(1);
    }
}
