package io.newswire.platform.clients;

import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who newswire connects to Kafka as, read from the {@code kafka.*} settings for messages: the bootstrap servers, the
 * security protocol, the SASL mechanism, the SASL user name and the client certificate's keystore. Holds no password.
 */
record KafkaIdentity(String bootstrapServers, String protocol, String mechanism, String user, String keystore) {

    /** {@code username="alice"} or {@code username=alice} in a JAAS configuration (SCRAM, PLAIN). */
    private static final Pattern JAAS_USER = Pattern.compile("\\busername\\s*=\\s*(?:\"([^\"]*)\"|([^\\s;\"]+))");

    static KafkaIdentity of(Config config) {
        Map<String, String> kafka = config.kafkaProperties();
        String protocol = kafka.getOrDefault("security.protocol", "PLAINTEXT").strip().toUpperCase(Locale.ROOT);
        boolean sasl = protocol.startsWith("SASL_");
        String mechanism = sasl ? kafka.getOrDefault("sasl.mechanism", "GSSAPI").strip() : null;
        String user = sasl ? jaasUser(kafka.get("sasl.jaas.config")) : null;
        String keystore = protocol.endsWith("SSL") ? kafka.get("ssl.keystore.location") : null;
        return new KafkaIdentity(config.get(CommonSettings.BOOTSTRAP_SERVERS), protocol, mechanism, user, keystore);
    }

    static String jaasUser(String jaasConfig) {
        if (jaasConfig == null) {
            return null;
        }
        Matcher m = JAAS_USER.matcher(jaasConfig);
        return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : null;
    }

    /** E.g. {@code user 'alice' (SASL_SSL, SCRAM-SHA-512)}, or {@code the client (SSL, client certificate from /c.p12)}. */
    String who() {
        StringBuilder s = new StringBuilder(user != null ? "user '" + user + "' (" : "the client (").append(protocol);
        if (mechanism != null) {
            s.append(", ").append(mechanism);
        }
        if (keystore != null) {
            s.append(", client certificate from ").append(keystore);
        }
        return s.append(')').toString();
    }
}
