package io.newswire.bench.pipeline;

import java.util.Map;

/**
 * One measured phase: the throughput run (everything dropped at once) or the latency run (files at a fixed rate).
 *
 * @param bytes       the articles' total size
 * @param cpuSeconds  CPU time each process used from the first drop until the last article was seen
 * @param wallSeconds that span's length
 * @param pipelineThreads each thread group's share of the pipeline JVM's CPU in that span, largest first
 */
record PhaseResult(String name, long bytes, RunTimes times, Map<String, Double> cpuSeconds, double wallSeconds,
                   Map<String, Double> pipelineThreads) {

    /** Average CPU use of a process over the phase, in cores (1.0 = one core busy all the time). */
    double cores(String process) {
        return cpuSeconds.getOrDefault(process, 0.0) / wallSeconds;
    }

    /** CPU time a process spent per article of the phase, in milliseconds. */
    double cpuMillisPerArticle(String process) {
        return cpuSeconds.getOrDefault(process, 0.0) * 1000 / times.articles();
    }
}
