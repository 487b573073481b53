package io.newswire.bench.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything one benchmark run measured, and how: what {@link ResultsReport} and {@link Charts} render.
 *
 * @param command      the command line that ran it
 * @param pipeline     how the pipeline ran: the flags its JVM was started with and configuration overrides
 * @param corpus       what the articles were: formats, languages, sizes
 * @param rate         files per second of the latency run
 * @param peakRss      the largest resident memory of each process (VmHWM)
 * @param resources    CPU and memory samples over the whole run, by process
 * @param startNanos   {@link System#nanoTime()} when the pipeline was started, the origin of the resource chart
 */
record BenchmarkResult(Instant startedAt, MachineInfo machine, String command, PipelineSetup pipeline, String corpus,
                       PhaseResult throughput, ProducerReference.Result reference, PhaseResult latency, int rate,
                       Map<String, Long> peakRss, Map<String, List<ResourceSampler.Sample>> resources, long startNanos) {

    /**
     * How the pipeline under test was run.
     *
     * @param profiled whether it ran with Java Flight Recorder (which costs a little CPU)
     */
    record PipelineSetup(List<String> jvmArgs, List<String> settings, WarmUp warmUp, boolean profiled) {
    }

    /** End-to-end articles per second over producer-perf-test's records per second. */
    double ratio() {
        return throughput.times().throughput() / reference.recordsPerSecond();
    }
}
