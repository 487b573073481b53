package io.newswire.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newswire.ingest.publish.DeadLetters;
import io.newswire.ingest.read.RejectionCode;
import io.newswire.platform.deadletter.DeadLetterRecords;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Thread-safe running totals behind {@link IngestSummary}, also counted as meters (newswire.ingest.*) for
 * {@code /metrics}.
 */
final class IngestCounters {
    private final LongAdder publishedFiles = new LongAdder();
    private final LongAdder publishedRecords = new LongAdder();
    private final LongAdder vanished = new LongAdder();
    private final Map<RejectionCode, LongAdder> rejectedFiles = new ConcurrentHashMap<>();
    private final Map<RejectionCode, LongAdder> rejectedLines = new ConcurrentHashMap<>();

    private final MeterRegistry meters;
    private final Counter filesSeen;
    private final Counter filesPublished;
    private final Counter recordsPublished;
    private final Counter bytesPublished;
    private final Counter filesVanished;
    private final Timer latency;

    IngestCounters(MeterRegistry meters) {
        this.meters = meters;
        filesSeen = Counter.builder("newswire.ingest.files.seen")
                .description("Files taken from the inbox (claimed), recovered claims included").register(meters);
        filesPublished = Counter.builder("newswire.ingest.files.published")
                .description("Files whose records the broker acknowledged").register(meters);
        recordsPublished = Counter.builder("newswire.ingest.records.published")
                .description("RawArticle records acknowledged (one per file, one per good JSON Lines line)").register(meters);
        bytesPublished = Counter.builder("newswire.ingest.bytes").baseUnit("bytes")
                .description("Bytes of the files (or lines) published").register(meters);
        filesVanished = Counter.builder("newswire.ingest.files.vanished")
                .description("Files that disappeared or were taken by another instance before this one claimed them")
                .register(meters);
        latency = Timer.builder("newswire.ingest.latency")
                .description("From a file's drop (its last modification, or when ingest first saw it if later) to the broker's acknowledgement")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(meters);
    }

    void seen() {
        filesSeen.increment();
    }

    /**
     * @param bytes        size of what was published
     * @param droppedAtMillis when the file was dropped, or a negative value when unknown (recovered claims)
     * @param nowMillis    when the last acknowledgement arrived
     */
    void published(int records, long bytes, long droppedAtMillis, long nowMillis) {
        publishedFiles.increment();
        publishedRecords.add(records);
        filesPublished.increment();
        recordsPublished.increment(records);
        bytesPublished.increment(bytes);
        if (droppedAtMillis >= 0) {
            latency.record(Duration.ofMillis(Math.max(0, nowMillis - droppedAtMillis)));
        }
    }

    void rejectedFile(RejectionCode code) {
        rejectedFiles.computeIfAbsent(code, c -> new LongAdder()).increment();
        Counter.builder("newswire.ingest.files.rejected").description("Files rejected, by reason (the rejection code)")
                .tag("reason", code.name()).register(meters).increment();
        DeadLetterRecords.count(meters, DeadLetters.STAGE, code.name());
    }

    void rejectedLine(RejectionCode code) {
        rejectedLines.computeIfAbsent(code, c -> new LongAdder()).increment();
        Counter.builder("newswire.ingest.lines.rejected").description("JSON Lines lines rejected, by reason")
                .tag("reason", code.name()).register(meters).increment();
        DeadLetterRecords.count(meters, DeadLetters.STAGE, code.name());
    }

    void vanished() {
        vanished.increment();
        filesVanished.increment();
    }

    IngestSummary snapshot() {
        return new IngestSummary(publishedFiles.sum(), publishedRecords.sum(), totals(rejectedFiles),
                totals(rejectedLines), vanished.sum());
    }

    private static Map<String, Long> totals(Map<RejectionCode, LongAdder> m) {
        return m.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(), e -> e.getValue().sum()));
    }
}
