package io.newswire.platform.topics;

import io.newswire.avro.DeadLetter;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.platform.clients.AccessCheck;
import io.newswire.platform.clients.KafkaAccess;
import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.clients.RegistryAccess;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.serde.registry.CompatibilityLevel;
import io.newswire.serde.registry.SchemaRegistryException;
import io.newswire.serde.registry.SchemaRegistryClient;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the topic contract in place at start-up: topics created with their configs, each topic's value subject set to
 * BACKWARD_TRANSITIVE (registries differ in their default, Apicurio's is NONE) and the current schema registered,
 * so consumers can fetch it before the first record arrives. Safe to run from every instance at every start.
 */
public final class ContractBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(ContractBootstrap.class);

    private ContractBootstrap() {
    }

    /**
     * Checks first that Kafka and the registry accept this configuration's credentials ({@link AccessCheck}), so a
     * wrong password fails here, in one clear message.
     */
    public static void run(Config config) {
        AccessCheck.verify(config);
        NewswireTopics topics = new NewswireTopics(config);
        try (Admin admin = KafkaClients.admin(config)) {
            new TopicBootstrap(admin).ensure(topics.all());
        } catch (IllegalStateException e) {
            throw KafkaAccess.rejection(e, config).map(RuntimeException.class::cast).orElseGet(() ->
                    new IllegalStateException("Kafka at " + config.get(CommonSettings.BOOTSTRAP_SERVERS) + ": "
                            + e.getMessage(), e));
        }
        try {
            registerSchemas(KafkaClients.registry(config), valueSchemas(topics));
        } catch (SchemaRegistryException e) {
            throw RegistryAccess.rejection(e, config).map(RuntimeException.class::cast).orElse(e);
        }
    }

    /** The value schema of each topic, keyed by its subject (TopicNameStrategy: {@code <topic>-value}). */
    static Map<String, Schema> valueSchemas(NewswireTopics topics) {
        return Map.of(
                topics.raw().name() + "-value", RawArticle.getClassSchema(),
                topics.enriched().name() + "-value", EnrichedArticle.getClassSchema(),
                topics.articles().name() + "-value", EnrichedArticle.getClassSchema(),
                topics.dlq().name() + "-value", DeadLetter.getClassSchema());
    }

    static void registerSchemas(SchemaRegistryClient registry, Map<String, Schema> subjects) {
        for (var e : List.copyOf(subjects.entrySet())) {
            registry.updateCompatibility(e.getKey(), CompatibilityLevel.BACKWARD_TRANSITIVE);
            int id = registry.register(e.getKey(), e.getValue());
            LOG.debug("subject {} is BACKWARD_TRANSITIVE, current schema id {}", e.getKey(), id);
        }
    }
}
