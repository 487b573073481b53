package io.newswire.ingest;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** The host name recorded in every record, and the default instance id. */
final class HostName {
    private HostName() {
    }

    static String get() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
