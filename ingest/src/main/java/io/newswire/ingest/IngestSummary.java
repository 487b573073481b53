package io.newswire.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What an ingest run did: files published (and the records they made: JSON Lines files make several), files rejected
 * by reason code, bad lines of otherwise published JSON Lines files by reason code, and files that disappeared from
 * the inbox before they could be claimed (deleted by someone else, or claimed by another instance).
 */
public record IngestSummary(long publishedFiles, long publishedRecords, Map<String, Long> rejectedFiles,
                            Map<String, Long> rejectedLines, long vanished) {
    /** Exit code of {@code newswire ingest --once} when something was rejected (0 when nothing was). */
    public static final int EXIT_REJECTED = 3;

    public IngestSummary {
        rejectedFiles = Map.copyOf(rejectedFiles);
        rejectedLines = Map.copyOf(rejectedLines);
    }

    public long rejectedFileCount() {
        return rejectedFiles.values().stream().mapToLong(Long::longValue).sum();
    }

    public long rejectedLineCount() {
        return rejectedLines.values().stream().mapToLong(Long::longValue).sum();
    }

    /** True when a file or a line was rejected. */
    public boolean anyRejected() {
        return rejectedFileCount() + rejectedLineCount() > 0;
    }

    /** 0, or {@link #EXIT_REJECTED} when anything was rejected: for batch jobs running {@code --once}. */
    public int exitCode() {
        return anyRejected() ? EXIT_REJECTED : 0;
    }

    /** A few lines for a person, e.g. at the end of {@code --once}. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append("published ").append(publishedFiles).append(" file(s) as ").append(publishedRecords).append(" record(s)");
        sb.append("; rejected ").append(rejectedFileCount()).append(" file(s)");
        if (!rejectedFiles.isEmpty()) {
            sb.append(" (").append(byCode(rejectedFiles)).append(')');
        }
        if (!rejectedLines.isEmpty()) {
            sb.append(" and ").append(rejectedLineCount()).append(" JSON Lines line(s) (").append(byCode(rejectedLines)).append(')');
        }
        if (vanished > 0) {
            sb.append("; ").append(vanished).append(" file(s) disappeared before they could be claimed");
        }
        return sb.toString();
    }

    private static String byCode(Map<String, Long> counts) {
        return new TreeMap<>(counts).entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
