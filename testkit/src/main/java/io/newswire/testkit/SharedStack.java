package io.newswire.testkit;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** What every kind of stack shares: derived client settings, unique names, and being closed at the end of the run. */
abstract class SharedStack implements NewswireStack {

    private final AtomicLong names = new AtomicLong();

    @Override
    public Map<String, Object> adminProperties() {
        return Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    }

    @Override
    public String uniqueName(String prefix) {
        // The random part keeps names apart across runs against a long-lived broker (Testcontainers reuse, local mode).
        return prefix + "-" + names.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Stops the stack; called once, when the test run ends. */
    abstract void close();
}
