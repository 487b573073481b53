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
 * sink, with the schema registry as its own child. It is started through the project's {@code ./newswire} launcher,
 * as a user starts it (JVM flags in {@code NEWSWIRE_JAVA_OPTS}), on a fresh data folder and free ports; its output
 * goes to {@code pipeline.log}.
 */
final class PipelineProcess implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    private static final Pattern BANNER_VALUE = Pattern.compile("(?m)^ {2}(Inbox \\(drop files here\\)|Kafka bootstrap servers|Schema registry)\\s{2,}(\\S+)\\s*$");

    private final Process process;
    /** Stops the pipeline if the benchmark is interrupted (Ctrl-C), so that no broker is left running. */
    private final Thread stopOnExit;
    private final Path log;
    private final Path inbox;
    private final String bootstrapServers;

    private PipelineProcess(Process process, Path log, Path inbox, String bootstrapServers) {
        this.process = process;
        this.stopOnExit = new Thread(this::stop, "bench-stop-pipeline");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        this.log = log;
        this.inbox = inbox;
        this.bootstrapServers = bootstrapServers;
    }

    /**
     * Starts {@code newswire local --wipe} in {@code workDir} and returns once its banner says it is running.
     *
     * @param jvmArgs  flags of the pipeline's JVM (heap, JFR), after the launcher's own
     * @param settings {@code key=value} configuration, after the benchmark's own (data folder, ports, inbox)
     */
    static PipelineProcess start(Path projectDir, Path workDir, List<String> jvmArgs, List<String> settings)
            throws IOException, InterruptedException {
        Path launcher = projectDir.resolve("newswire");
        for (Path built : List.of(projectDir.resolve("app/target/newswire.jar"),
                projectDir.resolve("registry/target/quarkus-app/quarkus-run.jar"))) {
            if (!Files.isRegularFile(built)) {
                throw new IllegalStateException(built + " is missing: build first (scripts/bench-e2e does)");
            }
        }
        Files.createDirectories(workDir);
        Path inbox = workDir.resolve("inbox");
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "local", "--wipe"));
        for (String s : List.of("local.data-dir=" + workDir.resolve("data"), "local.kafka-port=0", "local.registry-port=0",
                "sink.http.port=0", "ingest.inbox=" + inbox, "ingest.progress=off")) {
            command.addAll(List.of("--set", s));
        }
        settings.forEach(s -> command.addAll(List.of("--set", s)));
        Path log = workDir.resolve("pipeline.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The launcher execs the JVM, so the process started here is the pipeline JVM itself.
        builder.environment().put("NEWSWIRE_SKIP_BUILD", "1");
        builder.environment().put("NEWSWIRE_JAVA_OPTS", String.join(" ", jvmArgs));
        builder.environment().put("LC_ALL", "C.UTF-8");
        Files.writeString(workDir.resolve("pipeline.command"), "NEWSWIRE_JAVA_OPTS='" + String.join(" ", jvmArgs) + "' "
                + String.join(" ", command) + "\n");
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
                // The banner may be read while it is still being written: wait for its Kafka line.
                if (bootstrap != null) {
                    return new PipelineProcess(process, log, inbox, bootstrap);
                }
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new IllegalStateException("newswire local did not start within " + START_TIMEOUT + "; see " + log);
    }

    long pid() {
        return process.pid();
    }

    /** The flags the pipeline JVM runs with, the launcher's included: its arguments before {@code -jar}. */
    List<String> jvmFlags() {
        List<String> args = process.info().arguments().map(List::of).orElse(List.of());
        int jar = args.indexOf("-jar");
        return jar < 0 ? args : args.subList(0, jar);
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
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs anyway
        }
        stop();
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
