package io.newswire.platform.ops;

import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.Config;
import io.newswire.platform.topics.NewswireTopics;
import io.newswire.serde.registry.RegistryResponseException;
import io.newswire.serde.registry.SchemaRegistryClient;
import io.newswire.serde.registry.SchemaRegistryException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Readiness of the schema registry: asked in the background every few seconds, so {@code /ready} answers from the
 * last result and never waits on the network. Any answer from the registry counts as reachable, even 404 for a
 * subject not registered yet; a refusal of our credentials (401, 403), a 5xx or no answer does not.
 */
public final class RegistryCheck implements ReadinessCheck, AutoCloseable {
    static final Duration INTERVAL = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final SchemaRegistryClient client;
    private final String subject;
    private final ScheduledExecutorService scheduler;
    private volatile Readiness last = Readiness.notReady("not asked yet");

    RegistryCheck(SchemaRegistryClient client, String subject, Duration interval) {
        this.client = client;
        this.subject = subject;
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "newswire-registry-check");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::probe, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts probing the configured registry for the dead-letter subject, which every service writes. */
    public static RegistryCheck start(Config config) {
        SchemaRegistryClient client = KafkaClients.registry(config,
                s -> s.withTimeouts(TIMEOUT, TIMEOUT).withRetries(1, Duration.ZERO));
        return new RegistryCheck(client, new NewswireTopics(config).dlq().name() + "-value", INTERVAL);
    }

    @Override
    public String name() {
        return "schema-registry";
    }

    @Override
    public Readiness check() {
        return last;
    }

    void probe() {
        last = ask();
    }

    private Readiness ask() {
        try {
            client.latest(subject);
            return Readiness.ready("reachable");
        } catch (RegistryResponseException e) {
            if (e.status() == 401 || e.status() == 403) {
                return Readiness.notReady("refuses newswire's credentials (HTTP " + e.status() + ")");
            }
            if (e.status() >= 500) {
                return Readiness.notReady("answers HTTP " + e.status());
            }
            return Readiness.ready("reachable (HTTP " + e.status() + " for subject " + subject + ")");
        } catch (SchemaRegistryException e) {
            return Readiness.notReady(e.getMessage());
        } catch (RuntimeException e) {
            return Readiness.notReady(e.toString());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
