package io.newswire.platform.clients;

import io.newswire.platform.config.ConfigException;

/**
 * Kafka or the schema registry refused this configuration's credentials, TLS settings or permissions. A configuration
 * error (exit code 2): retrying cannot help, the operator has to fix the settings. The message names the endpoint,
 * the security protocol and the user, never a password.
 */
public class AccessRejectedException extends ConfigException {

    private static final long serialVersionUID = 1L;

    AccessRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
