package io.newswire.platform.clients;

import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.serde.registry.RegistryResponseException;
import java.util.Optional;

/**
 * Checks at start-up that the schema registry accepts this configuration's basic-auth credentials, and turns the
 * registry's 401 and 403 answers into one clear error naming the registry and the user, never the password.
 */
public final class RegistryAccess {
    private RegistryAccess() {
    }

    /**
     * Asks the registry for the latest schema of news.raw's value subject: any answer but 401 or 403, a 404 for a
     * subject not registered yet included, proves that the credentials are accepted.
     *
     * @throws AccessRejectedException when the registry refused the credentials (or wanted some)
     * @throws io.newswire.serde.registry.RegistryUnreachableException when no registry URL answered
     */
    public static void verify(Config config) {
        String subject = config.get(CommonSettings.TOPIC_RAW) + "-value";
        try {
            KafkaClients.registry(config).latest(subject);
        } catch (RegistryResponseException e) {
            if (e.status() != 404) {
                throw rejection(e, config).map(RuntimeException.class::cast).orElse(e);
            }
        }
    }

    /** The clear error for a registry failure, if it is the registry refusing the credentials; looks through the causes. */
    public static Optional<AccessRejectedException> rejection(Throwable failure, Config config) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RegistryResponseException e && (e.status() == 401 || e.status() == 403)) {
                Optional<String> user = config.find(CommonSettings.SCHEMA_REGISTRY_USER_INFO)
                        .map(info -> info.contains(":") ? info.substring(0, info.indexOf(':')) : info);
                String at = "schema registry at " + e.registry();
                String message;
                if (user.isEmpty()) {
                    message = at + " requires credentials (HTTP " + e.status() + "): set "
                            + CommonSettings.SCHEMA_REGISTRY_USER_INFO.key() + " (" + e.registryMessage() + ")";
                } else if (e.status() == 401) {
                    message = at + " rejected the credentials of user '" + user.get() + "' (HTTP 401): "
                            + e.registryMessage();
                } else {
                    message = at + " denied user '" + user.get() + "' (HTTP 403): " + e.registryMessage();
                }
                return Optional.of(new AccessRejectedException(message, e));
            }
        }
        return Optional.empty();
    }
}
