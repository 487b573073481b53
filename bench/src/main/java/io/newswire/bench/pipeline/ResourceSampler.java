package io.newswire.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Samples the CPU time and resident memory of the processes in the benchmark (the pipeline JVM, the registry child,
 * this harness) every interval, from {@code /proc} (Linux). CPU time is user + system time of all threads;
 * resident memory is {@code VmRSS}, its peak {@code VmHWM}, both as the kernel counts them.
 */
final class ResourceSampler implements AutoCloseable {
    /** One sample: when ({@link System#nanoTime()}), CPU seconds used so far, resident bytes now. */
    record Sample(long nanos, double cpuSeconds, long rssBytes) {
    }

    private final Map<String, Supplier<Optional<ProcessHandle>>> processes;
    private final Map<String, List<Sample>> series = new ConcurrentHashMap<>();
    private final Map<String, Long> peakRss = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean closed;

    /** @param processes name to process; a supplier, because the registry child may come and go */
    ResourceSampler(Map<String, Supplier<Optional<ProcessHandle>>> processes, Duration interval) {
        this.processes = new LinkedHashMap<>(processes);
        processes.keySet().forEach(name -> series.put(name, java.util.Collections.synchronizedList(new ArrayList<>())));
        thread = new Thread(() -> {
            while (!closed) {
                sampleNow();
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "bench-resource-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    /** CPU seconds used so far by each process that is running. */
    Map<String, Double> cpuSeconds() {
        Map<String, Double> cpu = new LinkedHashMap<>();
        processes.forEach((name, p) -> p.get().flatMap(ResourceSampler::cpuSeconds).ifPresent(s -> cpu.put(name, s)));
        return cpu;
    }

    /** Samples so far of one process. */
    List<Sample> series(String name) {
        synchronized (series.get(name)) {
            return List.copyOf(series.get(name));
        }
    }

    /** The largest resident memory of one process seen so far (its VmHWM), or 0 if it was never seen. */
    long peakRss(String name) {
        return peakRss.getOrDefault(name, 0L);
    }

    private void sampleNow() {
        long now = System.nanoTime();
        processes.forEach((name, supplier) -> supplier.get().ifPresent(p -> {
            Map<String, Long> status = status(p.pid());
            Optional<Double> cpu = cpuSeconds(p);
            if (status.containsKey("VmRSS") && cpu.isPresent()) {
                series.get(name).add(new Sample(now, cpu.get(), status.get("VmRSS")));
                peakRss.merge(name, status.getOrDefault("VmHWM", status.get("VmRSS")), Math::max);
            }
        }));
    }

    private static Optional<Double> cpuSeconds(ProcessHandle p) {
        return p.info().totalCpuDuration().map(d -> d.toNanos() / 1e9);
    }

    /** The kB figures of /proc/PID/status, in bytes, by field name. */
    static Map<String, Long> status(long pid) {
        Map<String, Long> values = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                String[] parts = line.split(":\\s+");
                if (parts.length == 2 && parts[1].endsWith(" kB")) {
                    values.put(parts[0], Long.parseLong(parts[1].substring(0, parts[1].length() - 3).strip()) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process ended: no figures
        }
        return values;
    }

    /** Takes a last sample, then stops. */
    @Override
    public void close() throws InterruptedException {
        sampleNow();
        closed = true;
        thread.interrupt();
        thread.join(5_000);
    }
}
