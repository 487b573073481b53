package io.newswire.enrich.topology;

import io.newswire.enrich.ArticleEnricher;
import io.newswire.platform.config.Config;
import io.newswire.platform.ops.OpsServer;
import io.newswire.platform.topics.ContractBootstrap;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs enrich in the foreground until the JVM is asked to stop (SIGTERM, Ctrl-C) or the application fails. */
public final class EnrichRunner {
    /** The exit code when enrich stopped on an error. */
    public static final int EXIT_FAILURE = 1;

    private static final Logger LOG = LoggerFactory.getLogger(EnrichRunner.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(40);

    private EnrichRunner() {
    }

    /**
     * Puts the topic contract in place, optionally rewinds to the start of news.raw ({@code reset}), then serves the
     * operations endpoints and runs until stopped. Returns the process exit code.
     */
    public static int runUntilStopped(Config config, boolean reset) throws InterruptedException, ExecutionException {
        ContractBootstrap.run(config);
        if (reset) {
            EnrichReset.rewindToEarliest(config);
        }
        try (OpsServer ops = OpsServer.start(config, EnrichSettings.OPS_PORT)) {
            return run(config, reset, ops);
        }
    }

    private static int run(Config config, boolean reset, OpsServer ops) throws InterruptedException {
        CountDownLatch stopRequested = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean failed = new AtomicBoolean();
        EnrichService service = new EnrichService(config, new ArticleEnricher(), () -> {
            failed.set(true);
            stopRequested.countDown();
        }, ops.registry());
        ops.addChecks(service.readinessChecks());
        // The hook lets the main thread close the service (commit, leave the group) before the JVM exits.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ops.shuttingDown();
            stopRequested.countDown();
            awaitQuietly(stopped);
        }, "newswire-enrich-shutdown"));
        try {
            if (reset) {
                service.cleanUp();
            }
            service.start();
            LOG.info("enrich is running (application id {})", config.get(EnrichSettings.APPLICATION_ID));
            stopRequested.await();
        } finally {
            service.close();
            stopped.countDown();
        }
        return failed.get() ? EXIT_FAILURE : 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
