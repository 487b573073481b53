package io.newswire.platform.clients;

import io.newswire.platform.config.Config;

/**
 * The start-up check of every service: Kafka and the schema registry accept this configuration's addresses, TLS
 * settings and credentials. Fails fast, with one clear message, instead of clients retrying a rejected password.
 */
public final class AccessCheck {
    private AccessCheck() {
    }

    /**
     * @throws AccessRejectedException (a configuration error, exit code 2) when Kafka or the registry refused the
     *     credentials, the TLS handshake or a permission
     * @throws KafkaUnreachableException when no broker answered within {@link KafkaAccess#STARTUP_TIMEOUT}
     * @throws io.newswire.serde.registry.RegistryUnreachableException when no registry URL answered
     */
    public static void verify(Config config) {
        KafkaAccess.verify(config, KafkaAccess.STARTUP_TIMEOUT);
        RegistryAccess.verify(config);
    }
}
