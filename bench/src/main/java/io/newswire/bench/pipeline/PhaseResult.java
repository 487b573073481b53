package io.newswire.bench.pipeline;

import java.util.Map;

/**
 * One measured phase: the throughput run (everything dropped at once) or the latency run (files at a fixed rate).
 *
 * @param bytes    the articles' total size
 * @param cpuCores average CPU use of each process over the phase, in cores (1.0 = one core busy all the time)
 */
record PhaseResult(String name, long bytes, RunTimes times, Map<String, Double> cpuCores) {
}
