package io.newswire.bench.chaos;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One running {@code newswire} process; its output is appended to a log file (one per role, across restarts). */
final class NewswireProcess {
    private static final Duration POLL = Duration.ofMillis(100);

    private final String name;
    private final Process process;
    private final Path log;
    private final long logOffset;
    private final Instant startedAt;

    private NewswireProcess(String name, Process process, Path log, long logOffset, Instant startedAt) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.logOffset = logOffset;
        this.startedAt = startedAt;
    }

    /** @param name what the process is, for messages (e.g. "broker") */
    static NewswireProcess start(String name, List<String> command, Path workDir, Path log, Map<String, String> environment)
            throws IOException {
        Files.createDirectories(log.getParent());
        Files.writeString(log, "==== " + Instant.now() + "  " + String.join(" ", command) + System.lineSeparator(),
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        long offset = Files.size(log);
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(variable -> variable.startsWith("NEWSWIRE_"));
        builder.environment().putAll(environment);
        Instant startedAt = Instant.now();
        return new NewswireProcess(name, builder.start(), log, offset, startedAt);
    }


    long pid() {
        return process.pid();
    }

    Instant startedAt() {
        return startedAt;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The exit code, or -1 while running. */
    int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    /** SIGKILL, then waits until the process is gone. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Waits until the process ends by itself; SIGKILL after {@code timeout}. Returns the exit code. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        return process.exitValue();
    }

    /** SIGTERM and waits up to {@code timeout}; SIGKILL after that. Returns the exit code. */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
        return process.exitValue();
    }

    /** The JVM doing the role's work: the registry's Apicurio child process, else this process itself. */
    ProcessHandle serviceJvm() {
        return process.descendants().filter(ProcessHandle::isAlive).findFirst().orElse(process.toHandle());
    }

    /**
     * Waits until this process's output shows a line matching {@code pattern} and returns the first group, e.g. the
     * address a broker prints. Fails when the process ends first or the time is up.
     */
    String awaitOutput(Pattern pattern, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Matcher m = pattern.matcher(outputSoFar());
            if (m.find()) {
                return m.group(1);
            }
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " ended with exit code " + process.exitValue()
                        + " before printing " + pattern + "; see " + log);
            }
            Thread.sleep(POLL.toMillis());
        }
        throw new IllegalStateException(name + " did not print " + pattern + " within " + timeout.toSeconds()
                + " s; see " + log);
    }

    private String outputSoFar() throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            long length = file.length() - logOffset;
            byte[] bytes = new byte[(int) Math.max(0, Math.min(length, 1 << 20))];
            file.seek(logOffset);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
