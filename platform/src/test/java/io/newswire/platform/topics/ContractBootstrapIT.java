package io.newswire.platform.topics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigException;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.serde.registry.CompatibilityLevel;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;

@NewswireStackTest
class ContractBootstrapIT {

    /** A configuration whose topic names are unique to one test, so tests sharing the broker do not meet. */
    static Config config(NewswireStack stack, String prefix) {
        return new ConfigLoader(CommonSettings.all())
                .flag(CommonSettings.BOOTSTRAP_SERVERS.key(), stack.bootstrapServers())
                .flag(CommonSettings.SCHEMA_REGISTRY_URL.key(), stack.schemaRegistryUrl())
                .flag(CommonSettings.TOPIC_RAW.key(), prefix + ".raw")
                .flag(CommonSettings.TOPIC_ENRICHED.key(), prefix + ".enriched")
                .flag(CommonSettings.TOPIC_ARTICLES.key(), prefix + ".articles")
                .flag(CommonSettings.TOPIC_DLQ.key(), prefix + ".dlq")
                .load();
    }

    @Test
    void createsTopicsWithTheirConfigsAndSetsSubjectsBackwardTransitive(NewswireStack stack) throws Exception {
        String prefix = stack.uniqueName("contract");
        Config config = config(stack, prefix);
        ContractBootstrap.run(config);
        ContractBootstrap.run(config); // idempotent: a second instance starting finds everything in place

        try (Admin admin = KafkaClients.admin(config)) {
            assertThat(admin.listTopics().names().get()).contains(prefix + ".raw", prefix + ".articles", prefix + ".dlq");
            ConfigResource articles = new ConfigResource(ConfigResource.Type.TOPIC, prefix + ".articles");
            var actual = admin.describeConfigs(List.of(articles)).all().get().get(articles);
            assertThat(actual.get("cleanup.policy").value()).isEqualTo("compact");
            assertThat(actual.get("min.compaction.lag.ms").value()).isEqualTo("600000");
            assertThat(admin.describeTopics(List.of(prefix + ".raw")).allTopicNames().get()
                    .get(prefix + ".raw").partitions()).hasSize(4);
        }
        var registry = KafkaClients.registry(config);
        for (String subject : Set.of(prefix + ".raw-value", prefix + ".articles-value", prefix + ".dlq-value")) {
            assertThat(registry.compatibility(subject)).isEqualTo(CompatibilityLevel.BACKWARD_TRANSITIVE);
            assertThat(registry.latest(subject).schema()).isNotNull();
        }
    }

    @Test
    void refusesAnExistingArticlesTopicWithDeletePolicy(NewswireStack stack) throws Exception {
        String prefix = stack.uniqueName("conflict");
        Config config = config(stack, prefix);
        try (Admin admin = KafkaClients.admin(config)) {
            admin.createTopics(List.of(new NewTopic(prefix + ".articles", 1, (short) 1)
                    .configs(Map.of("cleanup.policy", "delete")))).all().get();
        }
        assertThatThrownBy(() -> ContractBootstrap.run(config))
                .isInstanceOf(ConfigException.class)
                .hasMessage("topic " + prefix + ".articles exists with cleanup.policy=delete but newswire needs "
                        + "cleanup.policy=compact: change the topic's policy, or point newswire at another topic name");
    }
}
