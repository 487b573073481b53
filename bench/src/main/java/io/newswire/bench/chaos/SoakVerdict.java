package io.newswire.bench.chaos;

import io.newswire.bench.chaos.SoakRun.Sample;
import java.util.List;

/**
 * Whether a JVM stayed flat over a soak run, judged on the samples of the last two thirds of the run (the first third
 * is warm-up: caches fill, the JIT compiles, pools grow to their working size): the least-squares slope of the heap
 * after GC at most {@code maxHeapSlope} MiB per minute, and the thread count within {@code maxThreadSpread}.
 */
record SoakVerdict(Role role, double heapSlopeMibPerMinute, double heapFirstMib, double heapLastMib, int threadsMin,
                   int threadsMax, boolean flat) {
    static final double MIB = 1024 * 1024;

    static SoakVerdict judge(Role role, List<Sample> samples, double maxHeapSlope, int maxThreadSpread) {
        double end = samples.get(samples.size() - 1).atMinutes();
        List<Sample> judged = samples.stream().filter(s -> s.atMinutes() >= end / 3).toList();
        List<Double> minutes = judged.stream().map(Sample::atMinutes).toList();
        List<Double> heap = judged.stream().map(s -> s.jvms().get(role).heapAfterGcBytes() / MIB).toList();
        double slope = Trend.slope(minutes, heap);
        int min = judged.stream().mapToInt(s -> s.jvms().get(role).threads()).min().orElse(0);
        int max = judged.stream().mapToInt(s -> s.jvms().get(role).threads()).max().orElse(0);
        return new SoakVerdict(role, slope, heap.get(0), heap.get(heap.size() - 1), min, max,
                slope <= maxHeapSlope && max - min <= maxThreadSpread);
    }
}
