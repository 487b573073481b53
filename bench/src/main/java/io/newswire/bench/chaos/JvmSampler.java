package io.newswire.bench.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures a running JVM from outside: its heap right after a full collection ({@code jcmd PID GC.run}, which is
 * {@code System.gc()}, then {@code GC.heap_info}; what remains is the live set, not garbage waiting for the next
 * young collection), and its thread count and resident memory from {@code /proc/PID/status} (every thread the OS
 * knows: Java threads, GC and compiler threads).
 */
final class JvmSampler {
    /** A heap line of GC.heap_info: "garbage-first heap total 262144K, used 51234K", one per generation for Serial. */
    private static final Pattern HEAP_LINE = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final Pattern STATUS_THREADS = Pattern.compile("(?m)^Threads:\\s+(\\d+)");
    private static final Pattern STATUS_RSS = Pattern.compile("(?m)^VmRSS:\\s+(\\d+) kB");
    private static final long JCMD_TIMEOUT_SECONDS = 120;

    record JvmSample(long heapAfterGcBytes, long heapCapacityBytes, int threads, long rssBytes) {
    }

    private final Path jcmd;
    private final Path commands;

    JvmSampler() throws IOException {
        jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            throw new IllegalStateException("The soak run needs a JDK (it runs " + jcmd + "); this is a JRE");
        }
        commands = Files.createTempFile("newswire-soak-jcmd-", ".txt");
        commands.toFile().deleteOnExit();
        Files.writeString(commands, "GC.run\nGC.heap_info\n", StandardCharsets.UTF_8);
    }

    /** Threads and resident memory first (jcmd adds a thread of its own to the JVM the first time), then heap. */
    JvmSample sample(long pid) throws IOException, InterruptedException {
        String status = Files.readString(Path.of("/proc", String.valueOf(pid), "status"));
        int threads = Integer.parseInt(find(STATUS_THREADS, status, pid));
        long rss = Long.parseLong(find(STATUS_RSS, status, pid)) * 1024;
        Process p = new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "-f", commands.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(JCMD_TIMEOUT_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("jcmd " + pid + " failed: " + out);
        }
        long[] heap = heapUsedAndCapacity(out);
        if (heap[1] == 0) {
            throw new IllegalStateException("No heap figures in the output of jcmd " + pid + ": " + out);
        }
        return new JvmSample(heap[0], heap[1], threads, rss);
    }

    /** Bytes used and capacity of the whole heap, summed over its generations, from GC.heap_info output. */
    static long[] heapUsedAndCapacity(String heapInfo) {
        long used = 0;
        long capacity = 0;
        Matcher m = HEAP_LINE.matcher(heapInfo);
        while (m.find()) {
            capacity += Long.parseLong(m.group(1)) * 1024;
            used += Long.parseLong(m.group(2)) * 1024;
        }
        return new long[] {used, capacity};
    }

    private static String find(Pattern pattern, String text, long pid) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("No " + pattern + " in /proc/" + pid + "/status");
        }
        return m.group(1);
    }
}
