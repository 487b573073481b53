package io.newswire.bench.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code newswire local} as a child process: the pipeline under test, one JVM holding the broker, ingest, enrich and
 * sink, with the schema registry as its own child. It runs from the project's built jar, exactly as the launcher runs
 * it, on a fresh data folder and free ports; its output goes to {@code pipeline.log}.
 */
final class PipelineProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern BANNER_VALUE = Pattern.compile("(?m)^ {2}(Inbox \\(drop files here\\)|Kafka bootstrap servers|Schema registry)\\s{2,}(\\S+)\\s*$");

    private final Process process;
    private final Path log;
    private final Path inbox;
    private final String bootstrapServers;

    private PipelineProcess(Process process, Path log, Path inbox, String bootstrapServers) {
        this.process = process;
        this.log = log;
        this.inbox = inbox;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts {@code newswire local --wipe} in {@code workDir} and returns once its banner says it is running.
     *
     * @param jvmArgs  flags of the pipeline's JVM (heap, JFR)
     * @param settings {@code key=value} configuration, after the benchmark's own (data folder, ports, inbox)
     */
    static PipelineProcess start(Path projectDir, Path workDir, List<String> jvmArgs, List<String> settings)
            throws IOException, InterruptedException {
        Path appJar = projectDir.resolve("app/target/newswire.jar");
        Path registryJar = projectDir.resolve("registry/target/quarkus-app/quarkus-run.jar");
        for (Path jar : List.of(appJar, registryJar)) {
            if (!Files.isRegularFile(jar)) {
                throw new IllegalStateException(jar + " is missing: build first (scripts/bench-e2e does)");
            }
        }
        Files.createDirectories(workDir);
        Path inbox = workDir.resolve("inbox");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(List.of("-jar", appJar.toString(), "local", "--wipe"));
        for (String s : List.of("local.data-dir=" + workDir.resolve("data"), "local.kafka-port=0", "local.registry-port=0",
                "sink.http.port=0", "ingest.inbox=" + inbox, "ingest.progress=off")) {
            command.addAll(List.of("--set", s));
        }
        settings.forEach(s -> command.addAll(List.of("--set", s)));
        Path log = workDir.resolve("pipeline.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("NEWSWIRE_REGISTRY_JAR", registryJar.toString());
        builder.environment().put("LC_ALL", "C.UTF-8");
        Files.writeString(workDir.resolve("pipeline.command"), String.join(" ", command) + "\n");
        Process process = builder.start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (!process.isAlive()) {
                throw new IllegalStateException("newswire local exited with " + process.exitValue() + ":\n" + tail(out));
            }
            if (out.contains("newswire local is running")) {
                Matcher m = BANNER_VALUE.matcher(out);
                String bootstrap = null;
                while (m.find()) {
                    if (m.group(1).startsWith("Kafka")) {
                        bootstrap = m.group(2);
                    }
                }
                if (bootstrap == null) {
                    process.destroyForcibly();
                    throw new IllegalStateException("no bootstrap servers in the banner of newswire local:\n" + tail(out));
                }
                return new PipelineProcess(process, log, inbox, bootstrap);
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("newswire local did not start within " + START_TIMEOUT + "; see " + log);
    }

    long pid() {
        return process.pid();
    }

    /** The schema registry child of the pipeline JVM, while it runs. */
    Optional<ProcessHandle> registry() {
        return process.descendants().filter(p -> p.info().commandLine().orElse("").contains("quarkus-run.jar")).findFirst();
    }

    Path inbox() {
        return inbox;
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** Stops it as Ctrl-C would (SIGTERM: a clean shutdown), forcibly after a grace period. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
