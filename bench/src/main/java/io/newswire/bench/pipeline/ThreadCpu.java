package io.newswire.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of a process by group of threads, from {@code /proc/PID/task/TID/stat} (Linux): the only view that also
 * counts what a Java profiler does not see, such as the JIT compiler, the garbage collector and native code (RocksDB,
 * compression). Thread names are as the kernel keeps them, cut to 15 characters.
 */
final class ThreadCpu {
    /** Readable names for thread-name prefixes; other names are grouped with their digits taken out. */
    private static final List<Map.Entry<String, String>> GROUPS = List.of(
            Map.entry("newswire-enrich", "enrich stream threads"),
            Map.entry("newswire-sink", "sink stream thread"),
            Map.entry("ingest-worker", "ingest workers"),
            Map.entry("ingest-", "ingest monitor, finisher, retry"),
            Map.entry("kafka-producer-", "producer network threads"),
            Map.entry("data-plane-kafk", "broker request handlers and network"),
            Map.entry("C2 CompilerThre", "JIT compiler"),
            Map.entry("C1 CompilerThre", "JIT compiler"),
            Map.entry("GC Thread", "garbage collector"),
            Map.entry("G1 ", "garbage collector"));

    private ThreadCpu() {
    }

    /** Clock ticks of user + system time used so far, by thread group; empty when the process is gone. */
    static Map<String, Long> ticksByGroup(long pid) {
        Map<String, Long> ticks = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    int open = stat.indexOf('(');
                    int close = stat.lastIndexOf(')');
                    String[] fields = stat.substring(close + 2).split(" ");
                    // After "pid (comm) ": state is field 0, utime field 11, stime field 12.
                    ticks.merge(group(stat.substring(open + 1, close)), Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
                            Long::sum);
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return ticks;
    }

    /** Each group's share of the CPU used between two snapshots, largest first. Threads that ended are not counted. */
    static Map<String, Double> shares(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> used = new HashMap<>();
        after.forEach((group, ticks) -> used.put(group, Math.max(0, ticks - before.getOrDefault(group, 0L))));
        long total = used.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        if (total > 0) {
            used.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .forEach(e -> shares.put(e.getKey(), (double) e.getValue() / total));
        }
        return shares;
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
