package io.newswire.serde.registry;

/**
 * The registry answered with an error: an HTTP status of 400 or above, with the {@code error_code} and
 * {@code message} of its JSON error body when it sent one (e.g. 409 / 409 for an incompatible schema, 404 / 40401 for
 * an unknown subject, 404 / 40403 for a schema not registered under a subject).
 */
public class RegistryResponseException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    /** Confluent's error code for an unknown subject. */
    public static final int SUBJECT_NOT_FOUND = 40401;
    /** Confluent's error code for a schema (or schema id) that is not registered. */
    public static final int SCHEMA_NOT_FOUND = 40403;
    /** Confluent's error code for a schema incompatible with the subject's earlier versions. */
    public static final int INCOMPATIBLE_SCHEMA = 409;

    private final int status;
    private final int errorCode;
    private final String registryMessage;

    /**
     * @param request what was asked, e.g. {@code POST /subjects/news.raw-value/versions}
     * @param errorCode the body's {@code error_code}, or the HTTP status when the body had none or 0
     * @param registryMessage the body's {@code message}, or the raw body when it was not Confluent's error JSON
     */
    public RegistryResponseException(String registry, String request, int status, int errorCode, String registryMessage) {
        super(registry, "schema registry at " + registry + " rejected " + request + ": HTTP " + status
                + ", error_code " + errorCode + ": " + registryMessage, null);
        this.status = status;
        this.errorCode = errorCode;
        this.registryMessage = registryMessage;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** The registry's {@code error_code}, or the HTTP status when its answer carried none (or 0, as Apicurio's may). */
    public int errorCode() {
        return errorCode;
    }

    /** The registry's own {@code message}. */
    public String registryMessage() {
        return registryMessage;
    }
}
