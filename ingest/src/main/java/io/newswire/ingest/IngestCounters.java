package io.newswire.ingest;

import io.newswire.ingest.read.RejectionCode;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/** Thread-safe running totals behind {@link IngestSummary}. */
final class IngestCounters {
    private final LongAdder publishedFiles = new LongAdder();
    private final LongAdder publishedRecords = new LongAdder();
    private final LongAdder vanished = new LongAdder();
    private final Map<RejectionCode, LongAdder> rejectedFiles = new ConcurrentHashMap<>();
    private final Map<RejectionCode, LongAdder> rejectedLines = new ConcurrentHashMap<>();

    void published(int records) {
        publishedFiles.increment();
        publishedRecords.add(records);
    }

    void rejectedFile(RejectionCode code) {
        rejectedFiles.computeIfAbsent(code, c -> new LongAdder()).increment();
    }

    void rejectedLine(RejectionCode code) {
        rejectedLines.computeIfAbsent(code, c -> new LongAdder()).increment();
    }

    void vanished() {
        vanished.increment();
    }

    IngestSummary snapshot() {
        return new IngestSummary(publishedFiles.sum(), publishedRecords.sum(), totals(rejectedFiles),
                totals(rejectedLines), vanished.sum());
    }

    private static Map<String, Long> totals(Map<RejectionCode, LongAdder> m) {
        return m.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().name(), e -> e.getValue().sum()));
    }
}
