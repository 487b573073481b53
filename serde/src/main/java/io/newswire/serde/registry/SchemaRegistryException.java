package io.newswire.serde.registry;

import org.apache.kafka.common.errors.SerializationException;

/** A schema registry request failed; the message names the registry. */
public class SchemaRegistryException extends SerializationException {

    private static final long serialVersionUID = 1L;

    private final String registry;

    /**
     * @param registry the registry's base URL (without credentials), or {@code mock://scope}
     */
    public SchemaRegistryException(String registry, String message, Throwable cause) {
        super(message, cause);
        this.registry = registry;
    }

    /** The base URL (without credentials) of the registry that failed, or {@code mock://scope}. */
    public String registry() {
        return registry;
    }
}
