package io.newswire.bench.chaos;

import java.time.Instant;

/** Time since the start of a run, the time axis of every figure in a report. */
final class RunClock {
    private final long startNanos = System.nanoTime();
    private final Instant startedAt = Instant.now();

    long millis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    Instant startedAt() {
        return startedAt;
    }

    /** A run time as {@code m:ss.s}. */
    static String format(long millis) {
        return String.format("%d:%04.1f", millis / 60_000, (millis % 60_000) / 1000.0);
    }
}
