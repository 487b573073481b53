package io.newswire.serde.registry;

/** No registry URL could be reached (connection refused, unknown host, timeout...). */
public class RegistryUnreachableException extends SchemaRegistryException {

    private static final long serialVersionUID = 1L;

    public RegistryUnreachableException(String registry, String message, Throwable cause) {
        super(registry, message, cause);
    }
}
