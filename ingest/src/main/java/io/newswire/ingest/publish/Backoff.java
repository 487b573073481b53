package io.newswire.ingest.publish;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits between tries of a file whose sends failed: doubling from {@code initial} up to {@code max}, then staying at
 * {@code max} forever (a file is never given up on), with up to 20% jitter so waiting files do not retry in lockstep.
 */
public record Backoff(Duration initial, Duration max) {

    /** The wait before try number {@code attempt + 1}, after {@code attempt} failed tries (attempt >= 1). */
    public Duration delay(int attempt) {
        long base = initial.toMillis();
        long cap = max.toMillis();
        long exp = attempt >= 31 ? cap : Math.min(cap, base << Math.max(0, attempt - 1));
        long jitter = (long) (exp * 0.2 * ThreadLocalRandom.current().nextDouble());
        return Duration.ofMillis(Math.max(1, exp - jitter));
    }
}
