package io.newswire.bench.pipeline;

/** Names of the processes the benchmark measures. */
final class Processes {
    static final String PIPELINE = "pipeline";
    static final String REGISTRY = "registry";
    static final String HARNESS = "harness";

    private Processes() {
    }
}
