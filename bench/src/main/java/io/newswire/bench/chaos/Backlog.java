package io.newswire.bench.chaos;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/** How much work is waiting in front of each stage: files in the inbox, records enrich and sink have not committed. */
final class Backlog implements AutoCloseable {
    /** Files not yet taken or finished by ingest; records behind enrich and sink (-1 when the broker did not answer). */
    record Figures(long inboxFiles, long enrichLag, long sinkLag) {
    }

    private final Admin admin;
    private final Path inbox;

    Backlog(Path inbox, String bootstrapServers) {
        this.inbox = inbox;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.CLIENT_ID_CONFIG, "soak-backlog"));
    }

    Figures measure() {
        long inboxFiles = ArchiveCounts.files(inbox, Set.of(ArchiveCounts.DONE, ArchiveCounts.FAILED)).stream()
                .filter(p -> !p.toString().endsWith(".lock")).count();
        return new Figures(inboxFiles, lag("newswire-enrich", Topics.RAW), lag("newswire-sink", Topics.ENRICHED));
    }

    /** End offsets (committed records only) minus the group's committed offsets, summed over the partitions. */
    private long lag(String group, String topic) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
            List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get(30, TimeUnit.SECONDS)
                    .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                    .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
            long end = admin.listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all()
                    .get(30, TimeUnit.SECONDS).values().stream().mapToLong(o -> o.offset()).sum();
            long done = partitions.stream().map(committed::get).filter(Objects::nonNull)
                    .mapToLong(OffsetAndMetadata::offset).sum();
            return Math.max(0, end - done);
        } catch (Exception e) {
            return -1;
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
