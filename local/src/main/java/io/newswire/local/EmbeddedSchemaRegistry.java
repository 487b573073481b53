package io.newswire.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The schema registry (Apicurio Registry, built by the module {@code registry}) running as a child process of this JVM,
 * serving the Confluent Schema Registry API at {@link #url()}. Its storage is in memory: schemas last as long as the
 * process.
 *
 * <p>The child's output goes to {@code registry.log} in the data folder. The child is stopped by {@link #close()}, by a
 * shutdown hook if this JVM exits without closing it, and by the child itself when this JVM dies abruptly (it exits
 * when its standard input, held by this JVM, reaches end of file).
 */
public final class EmbeddedSchemaRegistry implements AutoCloseable {

    /** The port a Confluent schema registry listens on by convention. */
    public static final int CONVENTIONAL_PORT = 8081;
    /** Where the registry serves the Confluent-compatible API. */
    public static final String API_PATH = "/apis/ccompat/v7";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSchemaRegistry.class);
    private static final String HOST = "127.0.0.1";
    private static final String LOG_FILE = "registry.log";
    private static final int LOG_LINES_IN_ERRORS = 30;
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    /** Small heap, a single GC thread and the C1 compiler only: the registry starts faster and takes ~200 MB. */
    private static final List<String> CHILD_JVM_OPTIONS =
            List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    /**
     * The only environment variables the child inherits. Apicurio and Quarkus read many variables (LOG_LEVEL,
     * KAFKA_BOOTSTRAP_SERVERS, AUTH_ENABLED, QUARKUS_*, ...) that the parent may have set for other reasons.
     */
    private static final Set<String> INHERITED_ENVIRONMENT = Set.of(
            "PATH", "HOME", "USER", "LANG", "LC_ALL", "TZ", "TMPDIR", "TEMP", "TMP", "SystemRoot", "SYSTEMROOT");

    private final Path jar;
    private final Path dataDir;
    private final boolean ownsDataDir;
    private final int port;
    private final Duration startTimeout;
    /** Read by the shutdown hook's thread too. */
    private volatile Process process;
    private Thread shutdownHook;
    private boolean closed;

    private EmbeddedSchemaRegistry(Builder builder) {
        this.jar = RegistryJar.locate(builder.jar);
        this.ownsDataDir = builder.dataDir == null;
        this.dataDir = ownsDataDir
                ? Directories.createTemp("newswire-registry-")
                : Directories.create(builder.dataDir.toAbsolutePath());
        this.port = Ports.choose(builder.port, builder.fallBackWhenTaken);
        this.startTimeout = builder.startTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the child process and returns once the API answers. Does nothing if the registry is already running. */
    public synchronized EmbeddedSchemaRegistry start() {
        if (closed) {
            throw new IllegalStateException("This schema registry was closed; build a new one");
        }
        if (process != null) {
            return this;
        }
        long startedAt = System.nanoTime();
        try {
            process = newProcess().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the schema registry: " + String.join(" ", command()), e);
        }
        shutdownHook = new Thread(this::stopProcess, "newswire-registry-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            awaitReady();
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        LOG.info("Schema registry at {} started in {} ms (pid {})", url(), (System.nanoTime() - startedAt) / 1_000_000,
                process.pid());
        return this;
    }

    /** Stops the child process and deletes the data folder if it was a temporary one. */
    @Override
    public synchronized void close() {
        stop();
        if (!closed && ownsDataDir) {
            Directories.deleteRecursively(dataDir);
        }
        closed = true;
    }

    public synchronized boolean isRunning() {
        return process != null && process.isAlive();
    }

    /**
     * The base URL a Confluent client takes as {@code schema.registry.url}, e.g.
     * {@code http://127.0.0.1:8081/apis/ccompat/v7}.
     */
    public String url() {
        return "http://" + HOST + ":" + port + API_PATH;
    }

    public int port() {
        return port;
    }

    /** The process id of the running registry. */
    public synchronized long pid() {
        if (process == null) {
            throw new IllegalStateException("The schema registry is not running");
        }
        return process.pid();
    }

    /** The file that receives the registry's output. */
    public Path logFile() {
        return dataDir.resolve(LOG_FILE);
    }

    private synchronized void stop() {
        if (process != null) {
            stopProcess();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is shutting down and runs the hook anyway.
            }
            process = null;
        }
    }

    /** Asks the registry to stop (SIGTERM: Quarkus shuts down cleanly) and kills it if it does not comply in time. */
    private void stopProcess() {
        Process p = process;
        if (p == null || !p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly().waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private ProcessBuilder newProcess() {
        ProcessBuilder builder = new ProcessBuilder(command())
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile().toFile()));
        // Standard input stays a pipe from this JVM: its end of file tells the registry that this JVM is gone.
        builder.environment().keySet().retainAll(INHERITED_ENVIRONMENT);
        return builder;
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(CHILD_JVM_OPTIONS);
        command.add("-Dquarkus.http.host=" + HOST);
        command.add("-Dquarkus.http.port=" + port);
        command.add("-Dnewswire.registry.exit-on-stdin-eof=true");
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(url() + "/subjects"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        long deadline = System.nanoTime() + startTimeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw failure("exited with code " + process.exitValue());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure("was interrupted while waiting for it");
            }
            sleep(POLL_INTERVAL);
        }
        throw failure("did not answer " + url() + "/subjects within " + startTimeout.toSeconds() + " s");
    }

    private IllegalStateException failure(String what) {
        return new IllegalStateException("The schema registry (" + jar + ") " + what + ". Last lines of "
                + logFile() + ":" + System.lineSeparator() + LogTail.lastLines(logFile(), LOG_LINES_IN_ERRORS));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Options of an {@link EmbeddedSchemaRegistry}; every one has a default. */
    public static final class Builder {
        private Path jar;
        private Path dataDir;
        private int port;
        private boolean fallBackWhenTaken;
        private Duration startTimeout = Duration.ofSeconds(60);

        private Builder() {
        }

        /**
         * The registry's {@code quarkus-run.jar}. Default: the system property {@code newswire.registry.jar}, else the
         * environment variable {@code NEWSWIRE_REGISTRY_JAR}, else {@code registry/target/quarkus-app/quarkus-run.jar}
         * under the working directory or one of its parents.
         */
        public Builder jar(Path jar) {
            this.jar = Objects.requireNonNull(jar, "jar");
            return this;
        }

        /** Where the registry's log goes. Default: a temporary folder deleted on {@link #close()}. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
            return this;
        }

        /** Listens on exactly this port; 0 (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            this.fallBackWhenTaken = false;
            return this;
        }

        /** Listens on this port if it is free, else on any free port (e.g. {@link #CONVENTIONAL_PORT}). */
        public Builder preferredPort(int port) {
            this.port = port;
            this.fallBackWhenTaken = true;
            return this;
        }

        /** How long {@link EmbeddedSchemaRegistry#start()} waits for the API to answer. Default 60 s. */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
            return this;
        }

        /** Finds the jar and fixes the port; {@link EmbeddedSchemaRegistry#start()} starts the process. */
        public EmbeddedSchemaRegistry build() {
            return new EmbeddedSchemaRegistry(this);
        }
    }
}
