package io.newswire.bench.chaos;

import java.util.List;

/** The processes of a separate-process pipeline, each a {@code newswire} subcommand. */
enum Role {
    BROKER("broker", "768m"),
    REGISTRY("registry", "128m"),
    INGEST("ingest", "384m"),
    ENRICH("enrich", "512m"),
    SINK("sink", "512m");

    /** The services the chaos run kills; the broker is stopped and restarted instead, the registry left alone. */
    static final List<Role> SERVICES = List.of(INGEST, ENRICH, SINK);

    private final String command;
    private final String maxHeap;

    Role(String command, String maxHeap) {
        this.command = command;
        this.maxHeap = maxHeap;
    }

    /** The newswire subcommand, also the role's name in reports and log file names. */
    String command() {
        return command;
    }

    /** The JVM's -Xmx: fixed, so that heap figures compare between runs and five JVMs fit a shared machine. */
    String maxHeap() {
        return maxHeap;
    }
}
