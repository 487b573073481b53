package io.newswire.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded broker's secured client listeners, with real clients: who gets in, and transactions over them. */
class SecuredBrokerIT {

    @TempDir
    Path dir;

    @Test
    void saslSslLetsInScramUsersOnlyAndCarriesTransactions() throws Exception {
        TlsIdentity tls = TlsIdentity.selfSigned(dir, "broker");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().saslSsl(tls).scramUser("alice", "alice-secret")
                .build().start()) {
            Map<String, Object> alice = scram(broker, tls, "alice", "alice-secret");
            try (Admin admin = Admin.create(alice)) {
                assertThat(admin.describeCluster().clusterId().get()).isNotBlank();
                admin.createTopics(List.of(new NewTopic("t", 1, (short) 1))).all().get();
            }
            // A transaction's commit markers travel broker to broker: here, the broker to itself over SASL_SSL.
            assertThat(roundTripInATransaction(alice)).containsExactly("committed");

            try (Admin mallory = Admin.create(scram(broker, tls, "alice", "wrong-password"))) {
                assertThatThrownBy(() -> mallory.describeCluster().clusterId().get())
                        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SaslAuthenticationException.class);
            }
        }
    }

    @Test
    void mutualTlsLetsInTrustedClientCertificatesOnly() throws Exception {
        TlsIdentity tls = TlsIdentity.selfSigned(dir, "broker");
        TlsIdentity client = TlsIdentity.selfSigned(dir, "client");
        TlsIdentity stranger = TlsIdentity.selfSigned(dir, "stranger");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().mutualTls(tls, client).build().start()) {
            assertThat(broker.securityProtocol()).isEqualTo("SSL");
            Map<String, Object> trusted = mutualTls(broker, tls, client);
            try (Admin admin = Admin.create(trusted)) {
                admin.createTopics(List.of(new NewTopic("t", 1, (short) 1))).all().get();
            }
            assertThat(roundTripInATransaction(trusted)).containsExactly("committed");

            try (Admin unknown = Admin.create(mutualTls(broker, tls, stranger))) {
                assertThatThrownBy(() -> unknown.describeCluster().clusterId().get())
                        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SslAuthenticationException.class);
            }
        }
    }

    private static List<String> roundTripInATransaction(Map<String, Object> client) {
        Map<String, Object> producer = new HashMap<>(client);
        producer.put("transactional.id", "tx");
        try (KafkaProducer<String, String> p = new KafkaProducer<>(producer, new StringSerializer(), new StringSerializer())) {
            p.initTransactions();
            p.beginTransaction();
            p.send(new ProducerRecord<>("t", "k", "committed"));
            p.commitTransaction();
        }
        Map<String, Object> consumer = new HashMap<>(client);
        consumer.put("group.id", "g");
        consumer.put("auto.offset.reset", "earliest");
        consumer.put("isolation.level", "read_committed");
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(consumer, new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of("t"));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(500)).forEach(r -> values.add(r.value()));
            }
            return values;
        }
    }

    private static Map<String, Object> scram(EmbeddedKafkaBroker broker, TlsIdentity tls, String user, String password) {
        Map<String, Object> p = new HashMap<>();
        p.put("bootstrap.servers", broker.bootstrapServers());
        p.put("security.protocol", "SASL_SSL");
        p.put("sasl.mechanism", "SCRAM-SHA-512");
        p.put("sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\""
                + user + "\" password=\"" + password + "\";");
        p.put("ssl.truststore.type", "PEM");
        p.put("ssl.truststore.location", tls.certificate().toString());
        return p;
    }

    private static Map<String, Object> mutualTls(EmbeddedKafkaBroker broker, TlsIdentity server, TlsIdentity client) {
        Map<String, Object> p = new HashMap<>();
        p.put("bootstrap.servers", broker.bootstrapServers());
        p.put("security.protocol", "SSL");
        p.put("ssl.truststore.type", "PEM");
        p.put("ssl.truststore.location", server.certificate().toString());
        p.put("ssl.keystore.type", "PKCS12");
        p.put("ssl.keystore.location", client.keystore().toString());
        p.put("ssl.keystore.password", client.password());
        return p;
    }
}
