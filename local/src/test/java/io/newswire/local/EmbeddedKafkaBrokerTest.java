package io.newswire.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

    @TempDir
    Path dir;

    @Test
    void configuresOneCombinedNodeOnLoopback() {
        Properties p = EmbeddedKafkaBroker.brokerProperties(dir, 9092, 40000, ClientListener.plaintext(), Map.of());

        assertThat(p.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(p.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:40000");
        assertThat(p.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092");
        assertThat(p.getProperty("log.dirs")).isEqualTo(dir.toString());
        assertThat(p).containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.min.isr", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("auto.create.topics.enable", "false");
    }

    @Test
    void extraListenersAddToTheBuiltInOnesAndOtherPropertiesReplaceThem() {
        Properties p = EmbeddedKafkaBroker.brokerProperties(dir, 9092, 40000, ClientListener.plaintext(), Map.of(
                "listeners", "EXTRA://127.0.0.1:9093",
                "listener.security.protocol.map", "EXTRA:PLAINTEXT",
                "auto.create.topics.enable", "true"));

        assertThat(p.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:40000,EXTRA://127.0.0.1:9093");
        assertThat(p.getProperty("listener.security.protocol.map"))
                .isEqualTo("PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,EXTRA:PLAINTEXT");
        assertThat(p.getProperty("auto.create.topics.enable")).isEqualTo("true");
    }

    @Test
    void saslSslReplacesThePlaintextListenerAndTheBrokerUsesItForItsOwnTraffic() throws IOException {
        TlsIdentity tls = fakeIdentity("broker");
        ClientListener sasl = ClientListener.saslSsl(tls, Map.of("alice", "alice-secret"), "newswire-broker", "b-secret");

        Properties p = EmbeddedKafkaBroker.brokerProperties(dir, 9093, 40000, sasl, Map.of());

        assertThat(p.getProperty("listeners")).isEqualTo("SASL_SSL://127.0.0.1:9093,CONTROLLER://127.0.0.1:40000");
        assertThat(p.getProperty("advertised.listeners")).isEqualTo("SASL_SSL://127.0.0.1:9093");
        assertThat(p.getProperty("listener.security.protocol.map")).isEqualTo("SASL_SSL:SASL_SSL,CONTROLLER:PLAINTEXT");
        assertThat(p).containsEntry("inter.broker.listener.name", "SASL_SSL")
                .containsEntry("sasl.enabled.mechanisms", "SCRAM-SHA-512")
                .containsEntry("sasl.mechanism.inter.broker.protocol", "SCRAM-SHA-512")
                .containsEntry("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config",
                        "org.apache.kafka.common.security.scram.ScramLoginModule required "
                                + "username=\"newswire-broker\" password=\"b-secret\";")
                .containsEntry("ssl.keystore.type", "PKCS12")
                .containsEntry("ssl.keystore.location", tls.keystore().toString())
                .containsEntry("ssl.keystore.password", tls.password())
                .containsEntry("ssl.truststore.type", "PEM")
                .containsEntry("ssl.truststore.certificates", "PEM of broker")
                .doesNotContainKey("ssl.client.auth");
        assertThat(sasl.scramArguments()).containsExactly(
                "SCRAM-SHA-512=[name=alice,password=alice-secret]",
                "SCRAM-SHA-512=[name=newswire-broker,password=b-secret]");
    }

    @Test
    void mutualTlsRequiresClientCertificatesAndTrustsTheBrokersOwn() throws IOException {
        ClientListener ssl = ClientListener.mutualTls(fakeIdentity("broker"), List.of(fakeIdentity("client")));

        Properties p = EmbeddedKafkaBroker.brokerProperties(dir, 9093, 40000, ssl, Map.of());

        assertThat(p.getProperty("listeners")).isEqualTo("SSL://127.0.0.1:9093,CONTROLLER://127.0.0.1:40000");
        assertThat(p.getProperty("listener.security.protocol.map")).isEqualTo("SSL:SSL,CONTROLLER:PLAINTEXT");
        assertThat(p).containsEntry("inter.broker.listener.name", "SSL")
                .containsEntry("ssl.client.auth", "required")
                .containsEntry("ssl.truststore.certificates", "PEM of broker\nPEM of client")
                .doesNotContainKey("sasl.enabled.mechanisms");
        assertThat(ssl.scramArguments()).isEmpty();
    }

    @Test
    void theBrokersOwnScramPasswordIsRandomAndKeptWithItsData() throws IOException {
        TlsIdentity tls = fakeIdentity("broker");
        Path data = dir.resolve("data");
        String first;
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(data).saslSsl(tls).scramUser("alice", "a")
                .build()) {
            assertThat(broker.securityProtocol()).isEqualTo("SASL_SSL");
            first = Files.readString(data.resolve(".newswire-broker-scram-password"));
        }
        try (EmbeddedKafkaBroker again = EmbeddedKafkaBroker.builder().dataDir(data).saslSsl(tls).build();
             EmbeddedKafkaBroker other = EmbeddedKafkaBroker.builder().saslSsl(tls).build()) {
            assertThat(Files.readString(data.resolve(".newswire-broker-scram-password"))).isEqualTo(first);
            assertThat(Files.readString(other.dataDir().resolve(".newswire-broker-scram-password")))
                    .hasSize(48).isNotEqualTo(first);
        }
    }

    @Test
    void aFolderFormattedWithoutSaslIsRefusedForSaslSsl() throws IOException {
        Path formatted = Files.createDirectories(dir.resolve("plaintext-data"));
        Files.writeString(formatted.resolve("meta.properties"), "node.id=1\n");

        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().dataDir(formatted).saslSsl(fakeIdentity("broker")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("formatted without the SASL_SSL listener");
    }

    @Test
    void scramUsersNeedTheSaslListenerAndTextTheFormatterCanCarry() throws IOException {
        TlsIdentity tls = fakeIdentity("broker");
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().scramUser("alice", "a").build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("saslSsl");
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().saslSsl(tls).mutualTls(tls).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("one client listener");
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().scramUser("alice", "a,b"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("without commas");
        assertThatThrownBy(() -> EmbeddedKafkaBroker.builder().scramUser("newswire-broker", "a"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("broker's own user");
        try (EmbeddedKafkaBroker plain = EmbeddedKafkaBroker.builder().build()) {
            assertThat(plain.securityProtocol()).isEqualTo("PLAINTEXT");
        }
    }

    /** An identity whose certificate file holds a marker: building properties only reads the PEM text. */
    private TlsIdentity fakeIdentity(String name) throws IOException {
        Path pem = Files.writeString(dir.resolve(name + ".pem"), "PEM of " + name + "\n");
        return new TlsIdentity(name, dir.resolve(name + ".p12"), name + "-store-password", pem);
    }

    @Test
    void wipeEmptiesAGivenDataFolderAndKeepingIsTheDefault() throws IOException {
        Path kept = Files.writeString(Files.createDirectories(dir.resolve("kept")).resolve("old-segment"), "x");
        Path wiped = Files.writeString(Files.createDirectories(dir.resolve("wiped")).resolve("old-segment"), "x");

        try (EmbeddedKafkaBroker a = EmbeddedKafkaBroker.builder().dataDir(kept.getParent()).build();
             EmbeddedKafkaBroker b = EmbeddedKafkaBroker.builder().dataDir(wiped.getParent()).wipe(true).build()) {
            assertThat(kept).exists();
            assertThat(wiped).doesNotExist();
            assertThat(b.dataDir()).isDirectory();
        }
        assertThat(kept).exists(); // a caller's folder outlives close()
    }

    @Test
    void aTemporaryDataFolderIsDeletedOnClose() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build();
        Path dataDir = broker.dataDir();
        assertThat(dataDir).isDirectory();

        broker.close();

        assertThat(dataDir).doesNotExist();
    }
}
