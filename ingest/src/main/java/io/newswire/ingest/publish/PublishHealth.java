package io.newswire.ingest.publish;

import io.newswire.platform.ops.Readiness;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs Kafka outages once, not once per file: a warning when sends start failing, a reminder each minute while
 * they go on, and a line when they succeed again.
 */
public final class PublishHealth {
    private static final Logger LOG = LoggerFactory.getLogger(PublishHealth.class);
    private static final long REMIND_NANOS = Duration.ofMinutes(1).toNanos();

    private final AtomicLong failingSince = new AtomicLong();
    private final AtomicLong lastLog = new AtomicLong();
    private volatile String lastFailure;
    private volatile boolean acknowledged;

    public void failed(Throwable error) {
        long now = System.nanoTime();
        Throwable cause = SendFailures.unwrap(error);
        lastFailure = cause.toString();
        if (failingSince.compareAndSet(0, now)) {
            lastLog.set(now);
            LOG.warn("cannot publish to Kafka ({}); files wait in the claim area and are retried with backoff until it works",
                    cause.toString());
        } else {
            long last = lastLog.get();
            if (now - last > REMIND_NANOS && lastLog.compareAndSet(last, now)) {
                LOG.warn("still cannot publish to Kafka after {}s: {}", (now - failingSince.get()) / 1_000_000_000L, cause.toString());
            }
        }
    }

    /** Ready unless sends are failing now. */
    public Readiness readiness() {
        long since = failingSince.get();
        if (since != 0) {
            return Readiness.notReady("sends failing for " + (System.nanoTime() - since) / 1_000_000_000L + " s: " + lastFailure);
        }
        return Readiness.ready(acknowledged ? "the last send was acknowledged" : "nothing sent yet");
    }

    public void succeeded() {
        acknowledged = true;
        long since = failingSince.get() == 0 ? 0 : failingSince.getAndSet(0);
        if (since != 0) {
            LOG.info("publishing to Kafka again after {}s", (System.nanoTime() - since) / 1_000_000_000L);
        }
    }
}
