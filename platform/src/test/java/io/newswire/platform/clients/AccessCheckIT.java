package io.newswire.platform.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newswire.local.EmbeddedKafkaBroker;
import io.newswire.local.TlsIdentity;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.topics.ContractBootstrap;
import io.newswire.testkit.BasicAuthProxy;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up access check against a real broker with a SASL_SSL listener (SCRAM-SHA-512) and the real registry
 * behind a proxy that demands basic auth: the right credentials pass, wrong ones fail at once with one clear message.
 */
@NewswireStackTest
class AccessCheckIT {
    static final String PASSWORD = "alice-Kafka-pw-4711";
    static final String REGISTRY_PASSWORD = "registry-pw-0815";
    /** The check's timeout here: far above how long a refused password may take, so only a retry loop reaches it. */
    static final Duration PATIENCE = Duration.ofSeconds(120);
    /** How long a refusal may take on a loaded 2-core machine. */
    static final Duration REFUSED_WITHIN = Duration.ofSeconds(60);

    @TempDir
    static Path tlsDir;
    static TlsIdentity brokerTls;
    static EmbeddedKafkaBroker broker;

    @BeforeAll
    static void startSecuredBroker() {
        brokerTls = TlsIdentity.selfSigned(tlsDir, "broker");
        broker = EmbeddedKafkaBroker.builder().saslSsl(brokerTls).scramUser("alice", PASSWORD).build().start();
    }

    @AfterAll
    static void stopBroker() {
        broker.close();
    }

    static ConfigLoader scram(String password, Path truststore) {
        return new ConfigLoader(CommonSettings.all())
                .flag("kafka.bootstrap.servers", broker.bootstrapServers())
                .flag("kafka.security.protocol", "SASL_SSL")
                .flag("kafka.sasl.mechanism", "SCRAM-SHA-512")
                .flag("kafka.sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required "
                        + "username=\"alice\" password=\"" + password + "\";")
                .flag("kafka.ssl.truststore.type", "PEM")
                .flag("kafka.ssl.truststore.location", truststore.toString());
    }

    @Test
    void theRightCredentialsPassAndTheContractIsPutInPlaceOverSaslSsl(NewswireStack stack) throws Exception {
        try (BasicAuthProxy registry = BasicAuthProxy.start(stack.schemaRegistryUrl(), "newswire", REGISTRY_PASSWORD)) {
            String prefix = stack.uniqueName("secured");
            Config config = scram(PASSWORD, brokerTls.certificate())
                    .flag("schema.registry.url", registry.url())
                    .flag("schema.registry.basic-auth.user-info", "newswire:" + REGISTRY_PASSWORD)
                    .flag("topics.raw", prefix + ".raw")
                    .flag("topics.enriched", prefix + ".enriched")
                    .flag("topics.articles", prefix + ".articles")
                    .flag("topics.dlq", prefix + ".dlq")
                    .load();

            ContractBootstrap.run(config);

            try (Admin admin = KafkaClients.admin(config)) {
                assertThat(admin.listTopics().names().get()).contains(prefix + ".raw", prefix + ".articles");
            }
            assertThat(KafkaClients.registry(config).latest(prefix + ".raw-value").schema()).isNotNull();
            assertThat(registry.accepted()).isPositive();
            assertThat(registry.rejected()).isZero();
        }
    }

    @Test
    void aWrongPasswordFailsAtOnceWithOneClearMessage(NewswireStack stack) {
        Config config = scram("not-" + PASSWORD, brokerTls.certificate())
                .flag("schema.registry.url", stack.schemaRegistryUrl()).load();

        assertTimeoutPreemptively(REFUSED_WITHIN, () ->
                assertThatThrownBy(() -> KafkaAccess.verify(config, PATIENCE))
                        .isInstanceOf(AccessRejectedException.class)
                        .hasMessage("Kafka at " + broker.bootstrapServers() + " rejected the credentials of user 'alice' "
                                + "(SASL_SSL, SCRAM-SHA-512): Authentication failed during authentication due to invalid "
                                + "credentials with SASL mechanism SCRAM-SHA-512"));
        assertThatThrownBy(() -> ContractBootstrap.run(config)).isInstanceOf(AccessRejectedException.class)
                .hasMessageContaining("rejected the credentials of user 'alice'");
    }

    @Test
    void aBrokerCertificateTheClientDoesNotTrustFailsTheHandshake(NewswireStack stack) {
        TlsIdentity impostor = TlsIdentity.selfSigned(tlsDir, "impostor");
        Config config = scram(PASSWORD, impostor.certificate()).flag("schema.registry.url", stack.schemaRegistryUrl()).load();

        assertTimeoutPreemptively(REFUSED_WITHIN, () ->
                assertThatThrownBy(() -> KafkaAccess.verify(config, PATIENCE))
                        .isInstanceOf(AccessRejectedException.class)
                        .hasMessage("the TLS handshake with Kafka at " + broker.bootstrapServers() + " failed for user "
                                + "'alice' (SASL_SSL, SCRAM-SHA-512): SSL handshake failed (unable to find valid "
                                + "certification path to requested target)"));
    }

    @Test
    void aClientSpeakingAnotherProtocolGetsNoAnswerAndAHint() {
        Config plaintext = new ConfigLoader(CommonSettings.all())
                .flag("kafka.bootstrap.servers", broker.bootstrapServers()).load();

        assertThatThrownBy(() -> KafkaAccess.verify(plaintext, Duration.ofSeconds(3)))
                .isInstanceOf(KafkaUnreachableException.class)
                .hasMessageStartingWith("no answer from Kafka at " + broker.bootstrapServers()
                        + " within 3 s as the client (PLAINTEXT): ")
                .hasMessageEndingWith("check kafka.bootstrap.servers, and that kafka.security.protocol is what the "
                        + "broker's listener speaks");
    }

    @Test
    void theRegistryRefusingTheCredentialsIsOneClearMessage(NewswireStack stack) throws Exception {
        try (BasicAuthProxy registry = BasicAuthProxy.start(stack.schemaRegistryUrl(), "newswire", REGISTRY_PASSWORD)) {
            Config wrong = scram(PASSWORD, brokerTls.certificate())
                    .flag("schema.registry.url", registry.url())
                    .flag("schema.registry.basic-auth.user-info", "newswire:not-" + REGISTRY_PASSWORD).load();
            Config none = scram(PASSWORD, brokerTls.certificate()).flag("schema.registry.url", registry.url()).load();

            assertThatThrownBy(() -> AccessCheck.verify(wrong))
                    .isInstanceOf(AccessRejectedException.class)
                    .hasMessage("schema registry at " + registry.url() + " rejected the credentials of user 'newswire' "
                            + "(HTTP 401): Unauthorized");
            assertThatThrownBy(() -> AccessCheck.verify(none))
                    .isInstanceOf(AccessRejectedException.class)
                    .hasMessage("schema registry at " + registry.url() + " requires credentials (HTTP 401): set "
                            + "schema.registry.basic-auth.user-info (Unauthorized)");
            assertThat(registry.rejected()).isEqualTo(2);
        }
    }
}
