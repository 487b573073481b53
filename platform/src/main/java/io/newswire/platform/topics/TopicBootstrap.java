package io.newswire.platform.topics;

import io.newswire.platform.config.ConfigException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates newswire's topics if they are missing, idempotently, and refuses to start when an existing topic has a
 * cleanup policy that contradicts the contract.
 */
public final class TopicBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(TopicBootstrap.class);

    private final Admin admin;

    public TopicBootstrap(Admin admin) {
        this.admin = admin;
    }

    /** Ensures every topic exists with the right cleanup policy; returns the names it created. */
    public List<String> ensure(Collection<TopicSpec> topics) {
        try {
            Set<String> existing = admin.listTopics().names().get();
            List<TopicSpec> missing = topics.stream().filter(t -> !existing.contains(t.name())).toList();
            for (TopicSpec spec : missing) {
                create(spec);
            }
            checkPolicies(topics.stream().filter(t -> existing.contains(t.name())).toList());
            return missing.stream().map(TopicSpec::name).toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot create or check topics: " + e.getCause().getMessage(), e.getCause());
        }
    }

    private void create(TopicSpec spec) throws InterruptedException, ExecutionException {
        try {
            admin.createTopics(List.of(spec.toNewTopic())).all().get();
            LOG.info("created topic {} ({} partitions, {})", spec.name(), spec.partitions(), spec.configs());
        } catch (ExecutionException e) {
            // Another instance may have created it between our listing and our request: that is success.
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw e;
            }
        }
    }

    private void checkPolicies(List<TopicSpec> existing) throws InterruptedException, ExecutionException {
        if (existing.isEmpty()) {
            return;
        }
        Map<ConfigResource, TopicSpec> byResource = existing.stream()
                .collect(Collectors.toMap(t -> new ConfigResource(ConfigResource.Type.TOPIC, t.name()), t -> t));
        Map<ConfigResource, Config> actual = admin.describeConfigs(byResource.keySet()).all().get();
        for (var e : byResource.entrySet()) {
            TopicSpec spec = e.getValue();
            var entry = actual.get(e.getKey()).get(TopicConfig.CLEANUP_POLICY_CONFIG);
            String policy = entry == null ? TopicConfig.CLEANUP_POLICY_DELETE : entry.value();
            if (!normalise(policy).equals(normalise(spec.cleanupPolicy()))) {
                throw new ConfigException("topic " + spec.name() + " exists with cleanup.policy=" + policy
                        + " but newswire needs cleanup.policy=" + spec.cleanupPolicy()
                        + ": change the topic's policy, or point newswire at another topic name");
            }
        }
    }

    private static Set<String> normalise(String policy) {
        return Set.of(policy.replace(" ", "").split(","));
    }
}
