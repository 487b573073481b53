package io.newswire.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * CPU time of a process by group of threads over a span, from {@code /proc/PID/task/TID/stat} (Linux): the only view
 * that also counts what a Java profiler does not see, such as the JIT compiler, the garbage collector and native code
 * (RocksDB, compression). Thread names are as the kernel keeps them, cut to 15 characters.
 *
 * <p>Threads are read by id every interval, not only at both ends of the span: the JVM starts and stops JIT compiler
 * threads as its compile queue grows and shrinks, and a thread that ended before the last reading would otherwise not
 * count at all. A thread that ends counts up to its last reading.
 */
final class ThreadCpu implements AutoCloseable {
    static final String JIT_COMPILER = "JIT compiler";
    /** Readable names for thread-name prefixes; other names are grouped with their digits taken out. */
    private static final List<Map.Entry<String, String>> GROUPS = List.of(
            Map.entry("newswire-enrich", "enrich stream threads"),
            Map.entry("newswire-sink", "sink stream thread"),
            Map.entry("ingest-worker", "ingest workers"),
            Map.entry("ingest-", "ingest monitor, finisher, retry"),
            Map.entry("kafka-producer-", "producer network threads"),
            Map.entry("data-plane-kafk", "broker request handlers and network"),
            Map.entry("C2 CompilerThre", JIT_COMPILER),
            Map.entry("C1 CompilerThre", JIT_COMPILER),
            Map.entry("GC Thread", "garbage collector"),
            Map.entry("G1 ", "garbage collector"));

    /** One thread as last read: its group and the clock ticks of user + system time it had used. */
    record Reading(String group, long ticks) {
    }

    private final long pid;
    private final Map<Long, Long> ticksAtStart;
    private final Map<Long, Reading> latest = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean closed;

    private ThreadCpu(long pid, Duration interval) {
        this.pid = pid;
        Map<Long, Reading> start = read(pid);
        ticksAtStart = new HashMap<>();
        start.forEach((tid, reading) -> ticksAtStart.put(tid, reading.ticks()));
        latest.putAll(start);
        poller = new Thread(() -> {
            while (!closed) {
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                latest.putAll(read(pid));
            }
        }, "bench-thread-cpu");
        poller.setDaemon(true);
        poller.start();
    }

    /** Starts following the threads of a process; {@link #close()} ends the span. */
    static ThreadCpu follow(long pid, Duration interval) {
        return new ThreadCpu(pid, interval);
    }

    /** Each group's share of the CPU the process used since {@link #follow}, largest first. */
    Map<String, Double> shares() {
        latest.putAll(read(pid));
        return shares(ticksAtStart, Map.copyOf(latest));
    }

    @Override
    public void close() {
        closed = true;
        poller.interrupt();
    }

    /** Each group's share of the ticks used between two readings by thread id; a thread new in {@code end} started at 0. */
    static Map<String, Double> shares(Map<Long, Long> start, Map<Long, Reading> end) {
        Map<String, Long> used = new HashMap<>();
        end.forEach((tid, reading) -> used.merge(reading.group(), Math.max(0, reading.ticks() - start.getOrDefault(tid, 0L)),
                Long::sum));
        long total = used.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        if (total > 0) {
            used.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> shares.put(e.getKey(), (double) e.getValue() / total));
        }
        return shares;
    }

    /** Every thread of the process now, by thread id; empty when the process is gone. */
    static Map<Long, Reading> read(long pid) {
        Map<Long, Reading> threads = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] fields = stat.substring(close + 2).split(" ");
                    // After "pid (comm) ": state is field 0, utime field 11, stime field 12.
                    threads.put(Long.parseLong(task.getFileName().toString()), new Reading(
                            group(stat.substring(open + 1, close)), Long.parseLong(fields[11]) + Long.parseLong(fields[12])));
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return threads;
    }

    static String group(String threadName) {
        for (Map.Entry<String, String> g : GROUPS) {
            if (threadName.startsWith(g.getKey())) {
                return g.getValue();
            }
        }
        return threadName.replaceAll("[#\\-]?\\d+", "").strip();
    }
}
