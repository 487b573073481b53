package io.newswire.app.status;

import io.newswire.avro.DeadLetter;
import io.newswire.enrich.topology.EnrichSettings;
import io.newswire.ingest.InboxLayout;
import io.newswire.ingest.watch.Candidate;
import io.newswire.ingest.watch.InboxScanner;
import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.topics.NewswireTopics;
import io.newswire.serde.SpecificAvroDeserializer;
import io.newswire.sink.SinkSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsResult;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Gathers a {@link StatusReport} from Kafka (topics, consumer groups, the dead-letter topic) and the inbox folder.
 * Every Kafka call is bounded by the timeout; an unreachable cluster is a {@link KafkaUnreachableException}.
 */
final class StatusProbe {
    /** Of a larger dead-letter topic only the newest offsets of each partition are read (the count is then a floor). */
    static final int DLQ_WINDOW_PER_PARTITION = 10_000;

    private final Config config;
    private final Duration sampleWindow;
    private final int latestLetters;
    private final Duration timeout;
    private final Clock clock;
    private final NewswireTopics topics;

    StatusProbe(Config config, Duration sampleWindow, int latestLetters, Duration timeout, Clock clock) {
        this.config = config;
        this.sampleWindow = sampleWindow;
        this.latestLetters = latestLetters;
        this.timeout = timeout;
        this.clock = clock;
        this.topics = new NewswireTopics(config);
    }

    /** Thrown when the cluster does not answer within the timeout. */
    static final class KafkaUnreachableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KafkaUnreachableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    StatusReport probe() throws InterruptedException {
        Map<String, Object> props = KafkaClients.common(config);
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "newswire-status");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 5_000));
        try (Admin admin = Admin.create(props)) {
            get(admin.describeCluster().nodes());
            List<String> names = topics.all().stream().map(t -> t.name()).toList();
            Map<String, Integer> partitions = partitions(admin, names);
            List<TopicPartition> tps = partitions.entrySet().stream()
                    .flatMap(e -> IntStream.range(0, e.getValue()).mapToObj(p -> new TopicPartition(e.getKey(), p)))
                    .toList();
            Map<TopicPartition, Long> first = offsets(admin, tps, OffsetSpec.latest());
            long t1 = System.nanoTime();
            Thread.sleep(sampleWindow.toMillis());
            Map<TopicPartition, Long> ends = offsets(admin, tps, OffsetSpec.latest());
            double seconds = (System.nanoTime() - t1) / 1e9;
            Map<TopicPartition, Long> starts = offsets(admin, tps, OffsetSpec.earliest());
            Instant takenAt = clock.instant();

            List<StatusReport.TopicStatus> topicStatus = new ArrayList<>();
            for (String name : names) {
                int n = partitions.getOrDefault(name, 0);
                long end = sum(ends, name);
                topicStatus.add(new StatusReport.TopicStatus(name, n, end, n == 0 ? 0 : (end - sum(first, name)) / seconds));
            }
            return new StatusReport(takenAt, config.get(CommonSettings.BOOTSTRAP_SERVERS), sampleWindow, topicStatus,
                    groups(admin, partitions, starts, ends), deadLetters(partitions.getOrDefault(topics.dlq().name(), 0)),
                    inbox(takenAt));
        }
    }

    private Map<String, Integer> partitions(Admin admin, List<String> names) throws InterruptedException {
        Map<String, Integer> found = new LinkedHashMap<>();
        for (Map.Entry<String, KafkaFuture<TopicDescription>> e : admin.describeTopics(names).topicNameValues().entrySet()) {
            try {
                found.put(e.getKey(), get(e.getValue()).partitions().size());
            } catch (KafkaUnreachableException missing) {
                if (!(missing.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw missing;
                }
            }
        }
        return found;
    }

    private Map<TopicPartition, Long> offsets(Admin admin, List<TopicPartition> tps, OffsetSpec spec)
            throws InterruptedException {
        Map<TopicPartition, OffsetSpec> request = tps.stream().collect(Collectors.toMap(tp -> tp, tp -> spec));
        return get(admin.listOffsets(request).all()).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().offset()));
    }

    /** Every consumer group with committed offsets on a newswire topic, and enrich's and sink's even without. */
    private List<StatusReport.GroupLag> groups(Admin admin, Map<String, Integer> partitions, Map<TopicPartition, Long> starts,
                                               Map<TopicPartition, Long> ends) throws InterruptedException {
        Set<String> ids = new LinkedHashSet<>();
        Map<String, String> expectedInput = Map.of(
                config.get(EnrichSettings.APPLICATION_ID), topics.raw().name(),
                config.get(SinkSettings.APPLICATION_ID), topics.enriched().name());
        ids.addAll(expectedInput.keySet());
        for (GroupListing g : get(admin.listGroups(ListGroupsOptions.forConsumerGroups()).all())) {
            ids.add(g.groupId());
        }
        Map<String, ListConsumerGroupOffsetsSpec> specs = ids.stream()
                .collect(Collectors.toMap(id -> id, id -> new ListConsumerGroupOffsetsSpec(), (a, b) -> a, LinkedHashMap::new));
        ListConsumerGroupOffsetsResult offsetsResult = admin.listConsumerGroupOffsets(specs);
        Map<String, Map<TopicPartition, OffsetAndMetadata>> committed = new HashMap<>();
        for (String id : ids) {
            committed.put(id, orNull(() -> offsetsResult.partitionsToOffsetAndMetadata(id)));
        }

        Map<String, Set<String>> topicsByGroup = new LinkedHashMap<>();
        for (String id : ids) {
            Set<String> read = new LinkedHashSet<>();
            if (expectedInput.containsKey(id) && partitions.containsKey(expectedInput.get(id))) {
                read.add(expectedInput.get(id));
            }
            Optional.ofNullable(committed.get(id)).orElse(Map.of()).keySet().stream().map(TopicPartition::topic)
                    .filter(partitions::containsKey).sorted().forEach(read::add);
            if (!read.isEmpty()) {
                topicsByGroup.put(id, read);
            }
        }
        Map<String, ConsumerGroupDescription> described = new HashMap<>();
        if (!topicsByGroup.isEmpty()) {
            var describedGroups = admin.describeConsumerGroups(topicsByGroup.keySet()).describedGroups();
            for (String id : topicsByGroup.keySet()) {
                described.put(id, orNull(() -> describedGroups.get(id)));
            }
        }

        List<StatusReport.GroupLag> lags = new ArrayList<>();
        topicsByGroup.forEach((id, read) -> {
            ConsumerGroupDescription d = described.get(id);
            String state = d == null ? "unknown" : stateName(d);
            int members = d == null ? 0 : d.members().size();
            Map<TopicPartition, OffsetAndMetadata> offsets = Optional.ofNullable(committed.get(id)).orElse(Map.of());
            for (String topic : read) {
                long lag = 0;
                int uncommitted = 0;
                for (int p = 0; p < partitions.get(topic); p++) {
                    TopicPartition tp = new TopicPartition(topic, p);
                    OffsetAndMetadata c = offsets.get(tp);
                    if (c == null) {
                        uncommitted++;
                    }
                    lag += Math.max(0, ends.getOrDefault(tp, 0L) - (c == null ? starts.getOrDefault(tp, 0L) : c.offset()));
                }
                lags.add(new StatusReport.GroupLag(id, state, members, topic, lag, uncommitted));
            }
        });
        return lags;
    }

    private static String stateName(ConsumerGroupDescription d) {
        String s = d.groupState().toString();
        return s.isEmpty() ? s : s.charAt(0) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    /** Reads the committed dead letters (the newest window of each partition) and decodes the latest few. */
    private StatusReport.DeadLetters deadLetters(int partitionCount) {
        String topic = topics.dlq().name();
        if (partitionCount == 0) {
            return new StatusReport.DeadLetters(topic, 0, true, List.of());
        }
        Map<String, Object> props = KafkaClients.common(config);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newswire-status");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString().toLowerCase(Locale.ROOT));
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        props.put(ConsumerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 5_000));
        List<TopicPartition> tps = IntStream.range(0, partitionCount)
                .mapToObj(p -> new TopicPartition(topic, p)).toList();
        PriorityQueue<ConsumerRecord<byte[], byte[]>> newest = new PriorityQueue<>(
                Comparator.comparingLong(ConsumerRecord::timestamp));
        long count = 0;
        boolean exact = true;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(tps);
            // Under read_committed these are the last stable offsets: open transactions are not waited for.
            Map<TopicPartition, Long> ends = consumer.endOffsets(tps);
            Map<TopicPartition, Long> begins = consumer.beginningOffsets(tps);
            Map<TopicPartition, Long> pending = new HashMap<>();
            for (TopicPartition tp : tps) {
                long from = Math.max(begins.get(tp), ends.get(tp) - DLQ_WINDOW_PER_PARTITION);
                exact &= from == begins.get(tp);
                if (from < ends.get(tp)) {
                    consumer.seek(tp, from);
                    pending.put(tp, ends.get(tp));
                }
            }
            consumer.pause(tps.stream().filter(tp -> !pending.containsKey(tp)).toList());
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!pending.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < pending.getOrDefault(new TopicPartition(r.topic(), r.partition()), Long.MIN_VALUE)) {
                        count++;
                        newest.add(r);
                        if (newest.size() > latestLetters) {
                            newest.poll();
                        }
                    }
                }
                pending.entrySet().removeIf(e -> consumer.position(e.getKey()) >= e.getValue());
            }
            exact &= pending.isEmpty();
        }
        List<ConsumerRecord<byte[], byte[]>> latest = new ArrayList<>(newest);
        latest.sort(Comparator.comparingLong(ConsumerRecord<byte[], byte[]>::timestamp).reversed());
        SpecificAvroDeserializer<DeadLetter> decoder = new SpecificAvroDeserializer<>();
        decoder.configure(KafkaClients.serdeConfig(config), false);
        List<StatusReport.Letter> letters = latest.stream().map(r -> letter(decoder, r)).toList();
        return new StatusReport.DeadLetters(topic, count, exact, letters);
    }

    private static StatusReport.Letter letter(SpecificAvroDeserializer<DeadLetter> decoder, ConsumerRecord<byte[], byte[]> r) {
        String offset = r.topic() + "-" + r.partition() + "@" + r.offset();
        try {
            DeadLetter d = decoder.deserialize(r.topic(), r.value());
            String where = d.getRelativePath() != null
                    ? d.getRelativePath() + (d.getLineNumber() == null ? "" : ":" + d.getLineNumber())
                    : d.getSourceTopic() + "-" + d.getSourcePartition() + "@" + d.getSourceOffset();
            return new StatusReport.Letter(d.getOccurredAt(), d.getStage(), d.getCode(), where, d.getReason());
        } catch (RuntimeException e) {
            return new StatusReport.Letter(Instant.ofEpochMilli(r.timestamp()), "?", "UNREADABLE", offset,
                    "cannot decode this dead letter: " + e.getMessage());
        }
    }

    private StatusReport.Inbox inbox(Instant now) {
        InboxLayout layout = InboxLayout.of(config);
        Path inbox = layout.inbox().toAbsolutePath();
        if (!Files.isDirectory(inbox)) {
            return new StatusReport.Inbox(inbox, false, 0, null, 0);
        }
        try {
            List<Candidate> waiting = new InboxScanner(layout).scan(layout.inbox());
            Duration oldest = waiting.stream().mapToLong(Candidate::modifiedMillis).min().stream()
                    .mapToObj(m -> Duration.between(Instant.ofEpochMilli(m), now)).findFirst().orElse(null);
            return new StatusReport.Inbox(inbox, true, waiting.size(), oldest, claimed(layout.claimRoot()));
        } catch (IOException e) {
            return new StatusReport.Inbox(inbox, false, 0, null, 0);
        }
    }

    /** Files in the claim areas ({@code claimRoot/ID/...}), not the areas' lock files beside them. */
    private static long claimed(Path claimRoot) throws IOException {
        if (!Files.isDirectory(claimRoot)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(claimRoot)) {
            return files.filter(Files::isRegularFile).filter(f -> !f.getParent().equals(claimRoot)).count();
        }
    }

    private static long sum(Map<TopicPartition, Long> offsets, String topic) {
        return offsets.entrySet().stream().filter(e -> e.getKey().topic().equals(topic)).mapToLong(Map.Entry::getValue).sum();
    }

    /** A group's answer, or null when the broker has nothing for it (e.g. a group that does not exist yet). */
    private <T> T orNull(Supplier<KafkaFuture<T>> future) {
        try {
            return get(future.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (KafkaUnreachableException e) {
            if (e.getCause() instanceof TimeoutException || e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw e;
            }
            return null;
        }
    }

    private <T> T get(KafkaFuture<T> future) throws InterruptedException {
        try {
            return future.get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new KafkaUnreachableException(describe(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new KafkaUnreachableException("no answer within " + timeout.toSeconds() + " s", e);
        }
    }

    private String describe(Throwable cause) {
        return cause instanceof org.apache.kafka.common.errors.TimeoutException
                ? "no answer within " + timeout.toSeconds() + " s" : cause.toString();
    }
}
