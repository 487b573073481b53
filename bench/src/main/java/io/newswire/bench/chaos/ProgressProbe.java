package io.newswire.bench.chaos;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;

/**
 * Samples how far each stage has come, twice a second: files ingest has finished (done/ + failed/), and the offsets
 * enrich and sink have committed (their consumer groups; under exactly-once a commit is part of each transaction).
 * A stage makes progress when its figure grows; that is how recovery after a kill is measured.
 */
final class ProgressProbe implements AutoCloseable {
    static final long INTERVAL_MILLIS = 500;

    /** One sample; offsets are -1 when the broker did not answer. */
    record Sample(long atMillis, long filesDropped, long filesFinished, long enrichCommitted, long sinkCommitted) {
        long progress(Role role) {
            return switch (role) {
                case INGEST -> filesFinished;
                case ENRICH -> enrichCommitted;
                case SINK -> sinkCommitted;
                default -> throw new IllegalArgumentException(role + " has no progress figure");
            };
        }
    }

    private final Path inbox;
    private final LongSupplier dropped;
    private final RunClock clock;
    private final Admin admin;
    private final String enrichGroup;
    private final String sinkGroup;
    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "progress-probe");
        t.setDaemon(true);
        return t;
    });

    /** @param dropped how many files are in the inbox so far */
    ProgressProbe(Path inbox, LongSupplier dropped, String bootstrapServers, String enrichGroup, String sinkGroup,
            RunClock clock) {
        this.inbox = inbox;
        this.dropped = dropped;
        this.clock = clock;
        this.enrichGroup = enrichGroup;
        this.sinkGroup = sinkGroup;
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1500, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.CLIENT_ID_CONFIG, "chaos-progress-probe"));
    }

    ProgressProbe start() {
        timer.scheduleWithFixedDelay(this::sample, 0, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        return this;
    }

    synchronized List<Sample> samples() {
        return List.copyOf(samples);
    }

    /**
     * When {@code role} made progress for the first time after {@code sinceMillis}: the time of the first sample
     * whose figure is above the last known figure at that moment; -1 if it has not yet.
     */
    synchronized long progressAfter(Role role, long sinceMillis) {
        long base = -1;
        for (Sample s : samples) {
            long value = s.progress(role);
            if (s.atMillis() <= sinceMillis) {
                base = value >= 0 ? value : base;
            } else if (value >= 0 && base >= 0 && value > base) {
                return s.atMillis();
            } else if (base < 0 && value >= 0) {
                base = value;
            }
        }
        return -1;
    }

    /** Whether ingest had nothing left to do at that moment and no file arrived after it: no progress to expect. */
    synchronized boolean ingestIdleSince(long sinceMillis) {
        Sample last = samples.get(samples.size() - 1);
        return samples.stream().filter(s -> s.atMillis() <= sinceMillis).reduce((a, b) -> b)
                .map(s -> s.filesFinished() >= s.filesDropped() && last.filesDropped() == s.filesDropped()).orElse(false);
    }

    private void sample() {
        long at = clock.millis();
        long droppedSoFar = dropped.getAsLong();
        long finished = ArchiveCounts.finished(inbox);
        Sample s = new Sample(at, droppedSoFar, finished, committed(enrichGroup), committed(sinkGroup));
        synchronized (this) {
            samples.add(s);
        }
    }

    private long committed(String group) {
        try {
            Map<?, OffsetAndMetadata> offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata()
                    .get(3, TimeUnit.SECONDS);
            return offsets.values().stream().filter(Objects::nonNull).mapToLong(OffsetAndMetadata::offset).sum();
        } catch (Exception e) {
            return -1;
        }
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdownNow();
        timer.awaitTermination(10, TimeUnit.SECONDS);
        admin.close();
    }
}
