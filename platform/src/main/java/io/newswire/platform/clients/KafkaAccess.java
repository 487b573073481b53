package io.newswire.platform.clients;

import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.SslAuthenticationException;

/**
 * Checks at start-up that Kafka accepts this configuration's address, TLS settings and credentials, so that a wrong
 * password stops a service at once with one clear message instead of a client retrying in the background.
 */
public final class KafkaAccess {
    /** How long the start-up check waits for a broker to answer. */
    public static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(30);
    /**
     * The client id of the check's admin client. Kafka names the client's thread after it, so a log configuration can
     * drop what Kafka logs about the failures the check reports itself.
     */
    public static final String CLIENT_ID = "newswire-access-check";

    private KafkaAccess() {
    }

    /**
     * Connects with the configured {@code kafka.*} settings and asks the cluster for its id.
     *
     * @throws AccessRejectedException when Kafka refused the credentials or the TLS handshake failed
     * @throws ConfigException when the client settings are invalid (e.g. a keystore that cannot be read)
     * @throws KafkaUnreachableException when no broker answered within {@code timeout}
     */
    public static void verify(Config config, Duration timeout) {
        Map<String, Object> props = KafkaClients.common(config);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, CLIENT_ID);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        Admin admin;
        try {
            admin = Admin.create(props);
        } catch (KafkaException e) {
            throw new ConfigException("invalid Kafka client configuration (kafka.*): " + rootMessage(e), e);
        }
        try (admin) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis())).clusterId().get();
        } catch (ExecutionException e) {
            KafkaIdentity identity = KafkaIdentity.of(config);
            throw rejection(e.getCause(), config).map(RuntimeException.class::cast)
                    .orElseGet(() -> new KafkaUnreachableException("no answer from Kafka at " + identity.bootstrapServers()
                            + " within " + timeout.toSeconds() + " s as " + identity.who() + ": "
                            + rootMessage(e.getCause()) + "; check kafka.bootstrap.servers, and that "
                            + "kafka.security.protocol is what the broker's listener speaks", e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to Kafka", e);
        }
    }

    /**
     * The clear error for a failure a Kafka client reported, if it is Kafka refusing the credentials, the TLS handshake
     * or a permission; looks through the causes.
     */
    public static Optional<AccessRejectedException> rejection(Throwable failure, Config config) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AuthenticationException || t instanceof AuthorizationException) {
                KafkaIdentity identity = KafkaIdentity.of(config);
                String at = "Kafka at " + identity.bootstrapServers();
                String message;
                if (t instanceof SslAuthenticationException) {
                    message = "the TLS handshake with " + at + " failed for " + identity.who() + ": " + sslMessage(t);
                } else if (t instanceof AuthenticationException) {
                    message = at + " rejected the credentials of " + identity.who() + ": " + t.getMessage();
                } else {
                    message = at + " denied " + identity.who() + " an operation newswire needs: " + t.getMessage();
                }
                return Optional.of(new AccessRejectedException(message, t));
            }
        }
        return Optional.empty();
    }

    /** Kafka's own text ("SSL handshake failed") and the JDK's reason under it (e.g. the certificate is not trusted). */
    private static String sslMessage(Throwable t) {
        String root = rootMessage(t);
        return root.equals(t.getMessage()) ? root : t.getMessage() + " (" + root + ")";
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause().getMessage() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
