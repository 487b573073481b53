package io.newswire.app.local;

import io.newswire.platform.config.Setting;
import io.newswire.platform.config.ValueType;
import java.nio.file.Path;
import java.util.List;

/**
 * Settings of {@code newswire local}, the one-command stack on an embedded broker and registry, and of
 * {@code newswire broker} and {@code newswire registry}, its two parts run alone.
 */
public final class LocalModeSettings {
    private LocalModeSettings() {
    }

    public static final Setting<Path> DATA_DIR = Setting.of("local.data-dir", ValueType.path(), Path.of(".newswire", "local"),
            "Where local mode (and newswire broker, newswire registry) keeps broker data, registry logs and the stack "
                    + "notes; kept across restarts (--wipe clears it).");
    public static final Setting<Integer> KAFKA_PORT = Setting.of("local.kafka-port", ValueType.integer(0, 65535), 9092,
            "Port of the embedded broker; if taken, a free port is used and printed. 0 always picks a free port.");
    public static final Setting<Integer> REGISTRY_PORT = Setting.of("local.registry-port", ValueType.integer(0, 65535), 8081,
            "Port of the embedded schema registry; if taken, a free port is used and printed. 0 always picks a free port.");
    public static final Setting<Boolean> BROKER_LOGS = Setting.of("local.broker-logs", ValueType.bool(), false,
            "Show the embedded broker's own log lines (quiet by default).");

    public static final Setting<Integer> OPS_PORT = Setting.of("local.ops-port", ValueType.integer(0, 65535), 9400,
            "Port of the one set of operations endpoints (/health, /ready, /metrics) for all three services; if taken, a free port is used and printed.");

    public static List<Setting<?>> all() {
        return List.of(DATA_DIR, KAFKA_PORT, REGISTRY_PORT, BROKER_LOGS, OPS_PORT);
    }
}
