package io.newswire.platform.ops;

import io.newswire.platform.config.Setting;
import io.newswire.platform.config.ValueType;

/**
 * Each service's port of the operations endpoints, documented alike; the address they bind to is the common
 * {@code ops.host} ({@link io.newswire.platform.config.CommonSettings#OPS_HOST}).
 */
public final class OpsSettings {
    private OpsSettings() {
    }

    /** The setting {@code <service>.ops.port}. */
    public static Setting<Integer> port(String service, int defaultPort) {
        return Setting.of(service + ".ops.port", ValueType.integer(0, 65_535), defaultPort,
                "Port of the operations endpoints of " + service + " (/health, /ready, /metrics); 0 picks a free port, logged at start.");
    }
}
