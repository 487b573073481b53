package io.newswire.bench.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A made-up benchmark result with known figures, for the report and chart tests. */
final class SampleResults {
    static final long ORIGIN = 1_000_000_000_000L;

    private SampleResults() {
    }

    /** 4,000 articles visible over 1 s (4,000/s); at 500/s, latencies 100..599 ms; the pipeline peaks at 1.2 GB. */
    static BenchmarkResult result() {
        long[] dropped = new long[4000];
        long[] visible = new long[4000];
        for (int i = 0; i < dropped.length; i++) {
            dropped[i] = ORIGIN + i * 10_000L;
            visible[i] = ORIGIN + 1_000_000_000L * (i + 1) / dropped.length;
        }
        PhaseResult throughput = new PhaseResult("throughput run", 4000 * 3000L, new RunTimes(dropped, visible),
                Map.of(Processes.PIPELINE, 1.8, Processes.REGISTRY, 0.01, Processes.HARNESS, 0.1), 1.0,
                new java.util.LinkedHashMap<>(Map.of("enrich stream threads", 0.75)));
        long[] paced = new long[500];
        long[] seen = new long[500];
        for (int i = 0; i < paced.length; i++) {
            paced[i] = ORIGIN + 5_000_000_000L + i * 2_000_000L;
            seen[i] = paced[i] + (100 + i) * 1_000_000L;
        }
        seen[499] = ArticleObserver.UNSEEN;
        PhaseResult latency = new PhaseResult("latency run", 500 * 3000L, new RunTimes(paced, seen),
                Map.of(Processes.PIPELINE, 0.9), 1.5, Map.of());
        List<ResourceSampler.Sample> samples = new ArrayList<>();
        for (int s = 0; s < 8; s++) {
            samples.add(new ResourceSampler.Sample(ORIGIN + s * 1_000_000_000L, s * 1.5, (800 + 50 * s) * 1_000_000L));
        }
        return new BenchmarkResult(Instant.parse("2025-06-01T12:00:00Z"),
                new MachineInfo(2, "Test CPU", 24L << 30, "OpenJDK 17", "Linux", "0.10 0.20 0.30", "abc1234"),
                "scripts/bench-e2e --articles 4000", new BenchmarkResult.PipelineSetup(List.of("-Xmx1g"),
                List.of("enrich.threads=2"), new WarmUp(100, 2, 6, 0.05, 0.021), false), "4,000 generated articles", throughput,
                new ProducerReference.Result(4000, 20_000, 60.0, 3000, "4000 records sent, 20000.0 records/sec (60.00 MB/sec)"),
                latency, 500, Map.of(Processes.PIPELINE, 1_200_000_000L, Processes.REGISTRY, 250_000_000L),
                Map.of(Processes.PIPELINE, samples), ORIGIN - 2_000_000_000L);
    }
}
