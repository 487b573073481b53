package io.newswire.bench.pipeline;

import java.util.Arrays;

/**
 * Percentiles of a set of latencies in milliseconds, by the nearest-rank method: p99 is the smallest value that at
 * least 99% of the values do not exceed.
 */
record LatencyStats(int count, long p50, long p95, long p99, long max) {

    static LatencyStats of(long[] millis) {
        if (millis.length == 0) {
            throw new IllegalArgumentException("no latencies to summarise");
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted.length, percentile(sorted, 0.50), percentile(sorted, 0.95),
                percentile(sorted, 0.99), sorted[sorted.length - 1]);
    }

    /** The nearest-rank percentile {@code q} (0 < q <= 1) of sorted values. */
    static long percentile(long[] sorted, double q) {
        if (q <= 0 || q > 1) {
            throw new IllegalArgumentException("percentile must be in (0, 1]: " + q);
        }
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
