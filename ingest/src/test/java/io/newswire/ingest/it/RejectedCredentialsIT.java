package io.newswire.ingest.it;

import static io.newswire.ingest.it.StackSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newswire.ingest.IngestService;
import io.newswire.local.EmbeddedKafkaBroker;
import io.newswire.local.TlsIdentity;
import io.newswire.platform.clients.AccessRejectedException;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ingest waits out a broker it cannot reach, but not a broker that refuses its password: that stops it at once with
 * the clear message, files untouched in the inbox. Runs its own broker with a SASL_SSL (SCRAM-SHA-512) listener.
 */
@NewswireStackTest
class RejectedCredentialsIT {

    @TempDir
    Path tmp;

    @Test
    void aRefusedPasswordStopsIngestInsteadOfRetrying(NewswireStack stack) throws Exception {
        Path inbox = tmp.resolve("inbox");
        write(inbox.resolve("waiting.txt"), "an article that must stay where it is");
        TlsIdentity tls = TlsIdentity.selfSigned(tmp.resolve("tls"), "broker");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().saslSsl(tls).scramUser("ingest", "right-pw")
                .build().start()) {
            List<String> settings = StackSupport.settings(broker.bootstrapServers(), stack.schemaRegistryUrl(),
                    stack.uniqueName("raw"), stack.uniqueName("dlq"), inbox);
            settings.addAll(List.of("kafka.security.protocol=SASL_SSL", "kafka.sasl.mechanism=SCRAM-SHA-512",
                    "kafka.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required "
                            + "username=\"ingest\" password=\"wrong-pw\";",
                    "kafka.ssl.truststore.type=PEM", "kafka.ssl.truststore.location=" + tls.certificate()));
            IngestService service = new IngestService(StackSupport.config(settings));

            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> assertThatThrownBy(service::runOnce)
                    .isInstanceOf(AccessRejectedException.class)
                    .hasMessage("Kafka at " + broker.bootstrapServers() + " rejected the credentials of user 'ingest' "
                            + "(SASL_SSL, SCRAM-SHA-512): Authentication failed during authentication due to invalid "
                            + "credentials with SASL mechanism SCRAM-SHA-512"));
        }
        assertThat(inbox.resolve("waiting.txt")).hasContent("an article that must stay where it is");
    }
}
