package io.newswire.bench.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What the figures were measured on: cores, CPU model, memory, JDK, OS, the load average when the run started (other
 * work on the machine skews every figure) and the commit of the code measured.
 */
record MachineInfo(int cores, String cpuModel, long memoryBytes, String jdk, String os, String loadAverage,
                   String commit) {

    static MachineInfo collect(Path projectDir) {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(),
                procLine("/proc/cpuinfo", "model name").map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown"),
                procLine("/proc/meminfo", "MemTotal:").map(l -> Long.parseLong(l.replaceAll("\\D", "")) * 1024).orElse(-1L),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                currentLoadAverage(), commit(projectDir));
    }

    /** The 1, 5 and 15 minute load averages, e.g. "0.52 0.61 1.05". */
    static String currentLoadAverage() {
        return procLine("/proc/loadavg", "").map(l -> String.join(" ", List.of(l.split(" ")).subList(0, 3)))
                .orElse("unknown");
    }

    private static Optional<String> procLine(String file, String prefix) {
        try {
            return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith(prefix)).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The short commit id, with "+ uncommitted changes" when tracked files differ from it. */
    private static String commit(Path projectDir) {
        String head = git(projectDir, "rev-parse", "--short", "HEAD");
        if (head.isEmpty()) {
            return "unknown";
        }
        return git(projectDir, "status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + " + uncommitted changes";
    }

    private static String git(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
