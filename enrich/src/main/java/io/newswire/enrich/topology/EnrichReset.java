package io.newswire.enrich.topology;

import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewinds enrich to the start of news.raw, so that the next start re-enriches every article (e.g. after a better
 * enricher ships) and news.articles takes the new versions. enrich keeps no state stores, so moving the consumer
 * group's offsets is the whole reset; {@link EnrichService#cleanUp()} removes the local folder.
 */
public final class EnrichReset {
    private static final Logger LOG = LoggerFactory.getLogger(EnrichReset.class);

    private EnrichReset() {
    }

    /**
     * Sets the committed offsets of the application's consumer group on news.raw to the earliest offsets.
     *
     * @throws ConfigException if an enrich instance is still running in the group
     */
    public static void rewindToEarliest(Config config) throws ExecutionException, InterruptedException {
        String group = config.get(EnrichSettings.APPLICATION_ID);
        String raw = config.get(CommonSettings.TOPIC_RAW);
        try (Admin admin = KafkaClients.admin(config)) {
            requireEmpty(admin, group);
            List<TopicPartition> partitions = admin.describeTopics(List.of(raw)).allTopicNames().get().get(raw)
                    .partitions().stream().map(p -> new TopicPartition(raw, p.partition())).toList();
            Map<TopicPartition, OffsetSpec> earliest = partitions.stream()
                    .collect(Collectors.toMap(Function.identity(), p -> OffsetSpec.earliest()));
            Map<TopicPartition, OffsetAndMetadata> offsets = admin.listOffsets(earliest).all().get().entrySet().stream()
                    .collect(Collectors.toMap(Map.Entry::getKey, e -> new OffsetAndMetadata(e.getValue().offset())));
            admin.alterConsumerGroupOffsets(group, offsets).all().get();
            LOG.info("enrich reset: consumer group {} rewound to the earliest offsets of {} ({} partitions)",
                    group, raw, offsets.size());
        }
    }

    private static void requireEmpty(Admin admin, String group) throws ExecutionException, InterruptedException {
        ConsumerGroupDescription description;
        try {
            description = admin.describeConsumerGroups(List.of(group)).describedGroups().get(group).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof GroupIdNotFoundException) {
                return; // never ran: nothing to rewind from, the first start reads from the earliest offsets anyway
            }
            throw e;
        }
        if (!description.members().isEmpty()) {
            String members = description.members().stream()
                    .map(m -> m.host() + " " + m.clientId()).collect(Collectors.joining(", "));
            throw new ConfigException("cannot reset enrich: consumer group " + group + " has "
                    + description.members().size() + " active member(s) (" + members + "); stop every enrich instance "
                    + "of application id " + group + " first, then run --reset again");
        }
    }
}
