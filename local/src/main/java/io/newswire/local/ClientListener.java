package io.newswire.local;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The broker's listener for clients and the broker properties that secure it: PLAINTEXT, SASL_SSL with
 * SCRAM-SHA-512, or SSL with required client certificates (mutual TLS). The listener is named after its protocol.
 *
 * <p>The broker also reaches itself through this listener (inter-broker traffic: a single node still sends transaction
 * markers over the network), as a client of its own: with its own SCRAM user on SASL_SSL, with its own certificate on
 * SSL. So no unauthenticated listener is left open besides the KRaft controller's, which clients cannot use.
 *
 * @param scramArguments the SCRAM credentials to write when the data folder is formatted, in the form of
 *                       {@code kafka-storage format --add-scram}
 */
record ClientListener(String protocol, Map<String, String> properties, List<String> scramArguments) {

    static final String SCRAM_MECHANISM = "SCRAM-SHA-512";

    static ClientListener plaintext() {
        return new ClientListener("PLAINTEXT", Map.of(), List.of());
    }

    /**
     * SASL_SSL with SCRAM-SHA-512 for the given users, plus the broker's own user.
     *
     * @param tls what the broker presents
     * @param users user name to password
     */
    static ClientListener saslSsl(TlsIdentity tls, Map<String, String> users, String brokerUser, String brokerPassword) {
        Map<String, String> p = tlsProperties(tls, List.of(tls));
        p.put("sasl.enabled.mechanisms", SCRAM_MECHANISM);
        p.put("sasl.mechanism.inter.broker.protocol", SCRAM_MECHANISM);
        p.put("listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + brokerUser
                        + "\" password=\"" + brokerPassword + "\";");
        Map<String, String> everyone = new LinkedHashMap<>(users);
        everyone.put(brokerUser, brokerPassword);
        List<String> scram = everyone.entrySet().stream()
                .map(u -> SCRAM_MECHANISM + "=[name=" + u.getKey() + ",password=" + u.getValue() + "]")
                .toList();
        return new ClientListener("SASL_SSL", p, scram);
    }

    /** SSL where every client must present a certificate the broker trusts. */
    static ClientListener mutualTls(TlsIdentity tls, List<TlsIdentity> trustedClients) {
        Map<String, String> p = tlsProperties(tls, Stream.concat(Stream.of(tls), trustedClients.stream()).toList());
        p.put("ssl.client.auth", "required");
        return new ClientListener("SSL", p, List.of());
    }

    /**
     * Rejects what {@code kafka-storage format --add-scram} cannot carry: its arguments are split at commas and trimmed,
     * and a quote would end the broker's JAAS string.
     */
    static void checkScramText(String what, String text) {
        if (text.isEmpty() || !text.strip().equals(text) || text.contains(",") || text.contains("\"")) {
            throw new IllegalArgumentException("A SCRAM " + what + " must be non-empty, without commas, quotes or "
                    + "surrounding spaces");
        }
    }

    private static Map<String, String> tlsProperties(TlsIdentity tls, List<TlsIdentity> trusted) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("ssl.keystore.type", "PKCS12");
        p.put("ssl.keystore.location", tls.keystore().toString());
        p.put("ssl.keystore.password", tls.password());
        p.put("ssl.key.password", tls.password());
        // The broker's own certificate is trusted for its connections to itself.
        p.put("ssl.truststore.type", "PEM");
        p.put("ssl.truststore.certificates",
                trusted.stream().map(TlsIdentity::certificatePem).map(String::strip).collect(Collectors.joining("\n")));
        return p;
    }
}
