package io.newswire.platform.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigException;
import io.newswire.platform.config.ConfigLoader;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import javax.net.ssl.SSLHandshakeException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;

class KafkaAccessTest {
    static final String JAAS = "org.apache.kafka.common.security.scram.ScramLoginModule required "
            + "username=\"alice\" password=\"alice-secret\";";

    static Config scram() {
        return new ConfigLoader(CommonSettings.all())
                .flag("kafka.bootstrap.servers=kafka-1:9093")
                .flag("kafka.security.protocol=SASL_SSL")
                .flag("kafka.sasl.mechanism=SCRAM-SHA-512")
                .flag("kafka.sasl.jaas.config", JAAS)
                .load();
    }

    @Test
    void aRefusedPasswordNamesServersProtocolMechanismAndUserButNotThePassword() {
        var failure = new ExecutionException(new SaslAuthenticationException("Authentication failed during "
                + "authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512"));

        assertThat(KafkaAccess.rejection(failure, scram())).get()
                .isInstanceOf(ConfigException.class)
                .extracting(Throwable::getMessage)
                .isEqualTo("Kafka at kafka-1:9093 rejected the credentials of user 'alice' (SASL_SSL, SCRAM-SHA-512): "
                        + "Authentication failed during authentication due to invalid credentials with SASL mechanism "
                        + "SCRAM-SHA-512");
    }

    @Test
    void aFailedTlsHandshakeGivesTheJdksReasonAndTheClientCertificate() {
        Config mtls = new ConfigLoader(CommonSettings.all())
                .flag("kafka.bootstrap.servers=kafka-1:9093")
                .flag("kafka.security.protocol=SSL")
                .flag("kafka.ssl.keystore.location=/etc/newswire/client.p12")
                .flag("kafka.ssl.keystore.password=keystore-secret")
                .load();
        var failure = new SslAuthenticationException("Failed to process post-handshake messages",
                new SSLHandshakeException("Received fatal alert: bad_certificate"));

        assertThat(KafkaAccess.rejection(failure, mtls)).get().extracting(Throwable::getMessage)
                .isEqualTo("the TLS handshake with Kafka at kafka-1:9093 failed for the client (SSL, client certificate "
                        + "from /etc/newswire/client.p12): Failed to process post-handshake messages "
                        + "(Received fatal alert: bad_certificate)");
    }

    @Test
    void aMissingPermissionIsARejectionToo() {
        var failure = new IllegalStateException("cannot create or check topics",
                new TopicAuthorizationException("Not authorized to access topics: [news.raw]"));

        assertThat(KafkaAccess.rejection(failure, scram())).get().extracting(Throwable::getMessage)
                .isEqualTo("Kafka at kafka-1:9093 denied user 'alice' (SASL_SSL, SCRAM-SHA-512) an operation newswire "
                        + "needs: Not authorized to access topics: [news.raw]");
    }

    @Test
    void otherFailuresAreNoRejection() {
        assertThat(KafkaAccess.rejection(new ExecutionException(new TimeoutException("timed out")), scram())).isEmpty();
    }

    @Test
    void theUserNameIsReadFromQuotedOrBareJaasOptions() {
        assertThat(KafkaIdentity.jaasUser(JAAS)).isEqualTo("alice");
        assertThat(KafkaIdentity.jaasUser("org.apache.kafka.common.security.plain.PlainLoginModule required "
                + "username=bob password=x;")).isEqualTo("bob");
        assertThat(KafkaIdentity.jaasUser("com.example.TokenLoginModule required;")).isNull();
        assertThat(KafkaIdentity.jaasUser(null)).isNull();
    }

    @Test
    void unreadableClientSettingsAreAConfigurationError() {
        Config config = new ConfigLoader(CommonSettings.all())
                .flag("kafka.bootstrap.servers=127.0.0.1:9")
                .flag("kafka.security.protocol=SSL")
                .flag("kafka.ssl.truststore.location=/nonexistent/truststore.p12")
                .load();

        assertThatThrownBy(() -> KafkaAccess.verify(config, Duration.ofSeconds(2)))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("invalid Kafka client configuration (kafka.*): ")
                .hasMessageContaining("/nonexistent/truststore.p12");
    }
}
