package io.newswire.ingest.progress;

import java.time.Duration;

/** Files per second and time left, from a count reached after an elapsed time. */
record Rate(long done, long total, Duration elapsed) {

    double perSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : done / s;
    }

    /** Time left at the current rate; null while there is no rate yet. */
    Duration remaining() {
        double r = perSecond();
        return r <= 0 ? null : Duration.ofMillis((long) (Math.max(0, total - done) / r * 1000));
    }

    static String format(Duration d) {
        if (d == null) {
            return "?";
        }
        long s = d.toSeconds();
        return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
    }
}
