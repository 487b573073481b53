package io.newswire.serde.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.SchemaParseException;
import org.apache.kafka.common.errors.InterruptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SchemaRegistryClient} speaking the Confluent Schema Registry REST API (also served by Apicurio Registry's
 * {@code /apis/ccompat/v7}) with {@link HttpClient}. Caches nothing: wrap it in {@link CachedSchemaRegistryClient}.
 *
 * <p>Connection failures are retried a few times over all URLs, in order, with a short backoff; an answer, even an
 * error, is final, so a 404 for an unknown schema id costs exactly one request.
 */
public final class RestSchemaRegistryClient implements SchemaRegistryClient {

    /** The media type of the registry's API, version 1. */
    public static final String CONTENT_TYPE = "application/vnd.schemaregistry.v1+json";
    static final String ACCEPT = CONTENT_TYPE + ", application/vnd.schemaregistry+json; q=0.9, application/json; q=0.5";

    private static final Logger LOG = LoggerFactory.getLogger(RestSchemaRegistryClient.class);
    private static final int MAX_ERROR_BODY_CHARS = 500;

    private final RestClientSettings settings;
    private final String authorization;
    private final String registries;
    private final HttpClient http;
    private final ObjectMapper json = new ObjectMapper();

    public RestSchemaRegistryClient(RestClientSettings settings) {
        this.settings = settings;
        this.authorization = settings.basicAuthUserInfo() == null ? null : "Basic " + Base64.getEncoder()
                .encodeToString(settings.basicAuthUserInfo().getBytes(StandardCharsets.UTF_8));
        this.registries = settings.urls().stream().map(URI::toString).collect(Collectors.joining(", "));
        // HTTP/1.1: the JDK's default h2c upgrade attempt on plain http confuses some registries' servers.
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .build();
    }

    @Override
    public int register(String subject, Schema schema) {
        try {
            JsonNode answer = send("POST", "/subjects/" + encode(subject) + "/versions", schemaBody(schema)).body();
            return requiredInt(answer, "id");
        } catch (RegistryResponseException e) {
            if (e.status() != 409) {
                throw e;
            }
            // Apicurio answers 409 to the loser of two instances registering the same schema at once; if the schema
            // is there now, that registration succeeded. A real incompatibility leaves it absent: report the 409.
            try {
                return lookup(subject, schema).id();
            } catch (RegistryResponseException notThere) {
                e.addSuppressed(notThere);
                throw e;
            }
        }
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        JsonNode answer = send("POST", "/subjects/" + encode(subject), schemaBody(schema)).body();
        return new RegisteredSchema(subject, requiredInt(answer, "id"), requiredInt(answer, "version"), schema);
    }

    @Override
    public Schema schemaById(int id) {
        try {
            Answer answer = send("GET", "/schemas/ids/" + id, null);
            return parseSchema(answer.registry(), answer.body(), "schema id " + id);
        } catch (RegistryResponseException e) {
            if (e.status() == 404) {
                throw new UnknownSchemaIdException(e.registry(), id,
                        e.registryMessage() + " (error_code " + e.errorCode() + ")");
            }
            throw e;
        }
    }

    @Override
    public RegisteredSchema latest(String subject) {
        Answer answer = send("GET", "/subjects/" + encode(subject) + "/versions/latest", null);
        JsonNode body = answer.body();
        return new RegisteredSchema(subject, requiredInt(body, "id"), requiredInt(body, "version"),
                parseSchema(answer.registry(), body, "latest schema of subject " + subject));
    }

    @Override
    public CompatibilityLevel updateCompatibility(String subject, CompatibilityLevel level) {
        JsonNode answer = send("PUT", "/config/" + encode(subject), Map.of("compatibility", level.name())).body();
        return compatibilityIn(answer, level);
    }

    @Override
    public CompatibilityLevel compatibility(String subject) {
        return compatibilityIn(send("GET", "/config/" + encode(subject) + "?defaultToGlobal=true", null).body(), null);
    }

    @Override
    public CompatibilityCheck testCompatibility(String subject, Schema schema) {
        JsonNode answer = send("POST", "/compatibility/subjects/" + encode(subject) + "/versions/latest?verbose=true",
                schemaBody(schema)).body();
        List<String> messages = new ArrayList<>();
        answer.path("messages").forEach(message -> messages.add(message.asText()));
        if (answer.hasNonNull("reason")) {
            // Apicurio's ccompat API gives one "reason" string instead of Confluent's "messages" array.
            messages.add(answer.get("reason").asText());
        }
        return new CompatibilityCheck(answer.path("is_compatible").asBoolean(false), messages);
    }

    @Override
    public String toString() {
        return "RestSchemaRegistryClient[" + registries + "]";
    }

    private record Answer(String registry, JsonNode body) {
    }

    private Answer send(String method, String pathAndQuery, Object body) {
        String request = method + " " + pathAndQuery;
        byte[] payload = body == null ? null : toJson(body);
        IOException lastFailure = null;
        for (int attempt = 1; attempt <= settings.connectAttempts(); attempt++) {
            if (attempt > 1) {
                pause(settings.retryBackoff().multipliedBy(1L << (attempt - 2)));
            }
            for (URI base : settings.urls()) {
                try {
                    HttpResponse<byte[]> response = http.send(request(base, method, pathAndQuery, payload),
                            HttpResponse.BodyHandlers.ofByteArray());
                    return answer(base.toString(), request, response);
                } catch (HttpTimeoutException e) {
                    if (!(e instanceof HttpConnectTimeoutException)) {
                        // The registry got the request and is slow or stuck: retrying would only multiply the wait.
                        throw new RegistryUnreachableException(base.toString(), "schema registry at " + base
                                + " unreachable: no answer within " + settings.readTimeout().toMillis() + " ms ("
                                + request + ")", e);
                    }
                    lastFailure = e;
                } catch (IOException e) {
                    lastFailure = e;
                    LOG.debug("schema registry at {} unreachable ({}), attempt {}", base, request, attempt, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptException("interrupted while calling the schema registry at " + base, e);
                }
            }
        }
        throw new RegistryUnreachableException(registries, "schema registry at " + registries + " unreachable: "
                + describe(lastFailure) + " (" + request + ", tried " + settings.connectAttempts() + " times)",
                lastFailure);
    }

    private HttpRequest request(URI base, String method, String pathAndQuery, byte[] payload) {
        String root = base.toString().endsWith("/") ? base.toString().substring(0, base.toString().length() - 1)
                : base.toString();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(root + pathAndQuery))
                .timeout(settings.readTimeout())
                .header("Accept", ACCEPT)
                .method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(payload));
        if (payload != null) {
            builder.header("Content-Type", CONTENT_TYPE);
        }
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder.build();
    }

    private Answer answer(String registry, String request, HttpResponse<byte[]> response) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() >= 200 && response.statusCode() < 300) {
            try {
                return new Answer(registry, text.isBlank() ? NullNode.getInstance() : json.readTree(text));
            } catch (JsonProcessingException e) {
                throw new SchemaRegistryException(registry, "schema registry at " + registry + " answered " + request
                        + " with invalid JSON: " + abbreviate(text), e);
            }
        }
        throw errorAnswer(registry, request, response.statusCode(), text);
    }

    private RegistryResponseException errorAnswer(String registry, String request, int status, String body) {
        int errorCode = status;
        String message = body.isBlank() ? "(empty body)" : abbreviate(body);
        try {
            JsonNode error = json.readTree(body);
            if (error != null && error.isObject()) {
                // Apicurio's ccompat API answers some errors (e.g. 409 incompatible schema) with error_code 0.
                int bodyCode = error.path("error_code").asInt(0);
                errorCode = bodyCode > 0 ? bodyCode : status;
                message = error.hasNonNull("message") ? error.get("message").asText() : message;
            }
        } catch (JsonProcessingException notJson) {
            // A proxy's HTML error page, say: the raw body is the best description there is.
        }
        return new RegistryResponseException(registry, request, status, errorCode, message);
    }

    private Map<String, String> schemaBody(Schema schema) {
        // Avro is the registry's default schema type, so like Confluent's client we send no "schemaType".
        return Map.of("schema", schema.toString());
    }

    private byte[] toJson(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write request body", e);
        }
    }

    private static Schema parseSchema(String registry, JsonNode body, String what) {
        String type = body.path("schemaType").asText("AVRO");
        if (!type.isEmpty() && !"AVRO".equalsIgnoreCase(type)) {
            throw new SchemaRegistryException(registry, what + " in registry " + registry + " is a " + type
                    + " schema, not Avro", null);
        }
        try {
            return new Schema.Parser().parse(requiredText(registry, body, "schema"));
        } catch (SchemaParseException e) {
            throw new SchemaRegistryException(registry, what + " in registry " + registry
                    + " is not a valid Avro schema: " + e.getMessage(), e);
        }
    }

    private CompatibilityLevel compatibilityIn(JsonNode answer, CompatibilityLevel fallback) {
        // Confluent answers PUT with "compatibility" but GET with "compatibilityLevel".
        String level = answer.path("compatibilityLevel").asText(answer.path("compatibility").asText(""));
        if (level.isEmpty()) {
            if (fallback != null) {
                return fallback;
            }
            throw new SchemaRegistryException(registries, "schema registry at " + registries
                    + " answered without a compatibility level: " + abbreviate(answer.toString()), null);
        }
        return CompatibilityLevel.valueOf(level.toUpperCase(Locale.ROOT));
    }

    private int requiredInt(JsonNode node, String field) {
        if (!node.path(field).canConvertToInt()) {
            throw new SchemaRegistryException(registries, "schema registry at " + registries
                    + " answered without an integer \"" + field + "\": " + abbreviate(node.toString()), null);
        }
        return node.get(field).asInt();
    }

    private static String requiredText(String registry, JsonNode node, String field) {
        if (!node.path(field).isTextual()) {
            throw new SchemaRegistryException(registry, "schema registry at " + registry + " answered without \""
                    + field + "\": " + abbreviate(node.toString()), null);
        }
        return node.get(field).asText();
    }

    private static String encode(String subject) {
        return URLEncoder.encode(subject, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The most telling text of a connection failure. The JDK's HttpClient reports a refused connection as a
     * {@link ConnectException} without any message in its cause chain; refusal is what that exception signals.
     */
    static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                return t.getMessage();
            }
        }
        if (failure instanceof ConnectException) {
            return "Connection refused";
        }
        return failure == null ? "no attempt made" : failure.getClass().getSimpleName();
    }

    private static String abbreviate(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_ERROR_BODY_CHARS ? oneLine : oneLine.substring(0, MAX_ERROR_BODY_CHARS) + "...";
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptException("interrupted while waiting to retry the schema registry", e);
        }
    }
}
