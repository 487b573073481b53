package io.newswire.ingest.progress;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress as periodic log lines, for runs without a terminal (containers, services): during the backlog
 * "backlog: 12000 of 50000 files (24%), 4950 files/s, about 7s left, 3 rejected"; afterwards a line per interval in
 * which something happened.
 */
public final class LogProgress implements Progress {
    private static final Logger LOG = LoggerFactory.getLogger("io.newswire.ingest.progress");

    private final ScheduledExecutorService timer;
    private final AtomicLong finished = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private volatile long backlogTotal = -1;
    private volatile long backlogStartNanos;
    private long lastFinished;
    private long lastRejected;

    public LogProgress(Duration interval) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-progress");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(100, interval.toMillis());
        timer.scheduleAtFixedRate(this::report, ms, ms, TimeUnit.MILLISECONDS);
    }

    @Override
    public void backlogStarted(long files) {
        finished.set(0);
        rejected.set(0);
        backlogStartNanos = System.nanoTime();
        backlogTotal = files;
        if (files > 0) {
            LOG.info("backlog: {} file(s) to ingest", files);
        }
    }

    @Override
    public void fileFinished(boolean wasRejected) {
        finished.incrementAndGet();
        if (wasRejected) {
            rejected.incrementAndGet();
        }
    }

    @Override
    public void backlogFinished() {
        long total = backlogTotal;
        backlogTotal = -1;
        if (total > 0) {
            Rate rate = new Rate(finished.get(), total, Duration.ofNanos(System.nanoTime() - backlogStartNanos));
            LOG.info("backlog done: {} file(s) in {}, {} files/s, {} rejected", rate.done(), Rate.format(rate.elapsed()),
                    Math.round(rate.perSecond()), rejected.get());
        }
        synchronized (this) {
            lastFinished = finished.get();
            lastRejected = rejected.get();
        }
    }

    private synchronized void report() {
        long total = backlogTotal;
        long done = finished.get();
        long rej = rejected.get();
        if (total > 0) {
            Rate rate = new Rate(done, total, Duration.ofNanos(System.nanoTime() - backlogStartNanos));
            LOG.info("backlog: {} of {} files ({}%), {} files/s, about {} left, {} rejected", done, total,
                    done * 100 / total, Math.round(rate.perSecond()), Rate.format(rate.remaining()), rej);
        } else if (total < 0 && done != lastFinished) {
            LOG.info("{} file(s) finished since the last report, {} of them rejected", done - lastFinished, rej - lastRejected);
            lastFinished = done;
            lastRejected = rej;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
