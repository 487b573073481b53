package io.newswire.app.local;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * Keeps a foreground server command running until Ctrl-C or SIGTERM, and lets it stop cleanly with exit code 0.
 *
 * <p>SIGINT and SIGTERM only ask the command to stop: it closes what it runs and returns normally, so the process ends
 * with the command's own exit code (the JVM's default handling would end it with 130 or 143 even after a clean stop).
 * A second signal while stopping ends the process at once. Any other way the JVM shuts down (SIGHUP, System.exit)
 * still asks the command to stop and waits, up to a grace period, until it has closed everything.
 *
 * <pre>{@code
 * try (UntilStopped run = UntilStopped.install("newswire-broker", Duration.ofSeconds(60))) {
 *     ... start ...
 *     run.await();
 *     ... stop ...
 * }
 * }</pre>
 */
final class UntilStopped implements AutoCloseable {
    private static final int SIGNAL_EXIT_BASE = 128;

    private final CountDownLatch stopRequested = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean signalled = new AtomicBoolean();

    private UntilStopped() {
    }

    static UntilStopped install(String name, Duration grace) {
        UntilStopped run = new UntilStopped();
        for (String signal : new String[] {"INT", "TERM"}) {
            Signal.handle(new Signal(signal), run::onSignal);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            run.request();
            try {
                run.stopped.await(grace.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, name + "-shutdown"));
        return run;
    }

    private void onSignal(Signal signal) {
        if (signalled.getAndSet(true)) {
            Runtime.getRuntime().halt(SIGNAL_EXIT_BASE + signal.getNumber());
        }
        request();
    }

    /** Asks the command to stop, e.g. when a service it runs failed. */
    void request() {
        stopRequested.countDown();
    }

    /** Returns once a stop was requested. */
    void await() throws InterruptedException {
        stopRequested.await();
    }

    /** Tells the shutdown hook that everything is closed, so the JVM may exit. */
    @Override
    public void close() {
        stopped.countDown();
    }
}
