package io.newswire.bench.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The pipeline as separate {@code newswire} processes of the packaged jar: broker, registry, ingest, enrich and sink,
 * all in one work folder. Keeps track of which process was stopped on purpose, so that one that ended on its own is
 * noticed, recorded and started again (as a service manager's restart policy would).
 */
final class Pipeline implements AutoCloseable {
    /** The address lines of the banners newswire broker and newswire registry print once they serve. */
    private static final Pattern BOOTSTRAP = Pattern.compile("(?m)^\\s+Kafka bootstrap servers\\s+(\\S+)$");
    private static final Pattern REGISTRY_URL = Pattern.compile("(?m)^\\s+Schema registry\\s+(http\\S+)$");
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(90);
    /** What a Streams service needs to be replaced at once after SIGKILL instead of after a session timeout. */
    static final String SESSION_TIMEOUT_MS = "10000";

    /** A process that ended without being told to. */
    record UnexpectedExit(Role role, Instant at, long pid, int exitCode) {
    }

    private final Path java;
    private final Path jar;
    private final Path registryJar;
    private final Path workDir;
    private final Map<Role, List<String>> extraSettings;
    private final Map<Role, NewswireProcess> running = new EnumMap<>(Role.class);
    private final Set<Role> downOnPurpose = EnumSet.noneOf(Role.class);
    private final List<UnexpectedExit> unexpectedExits = new CopyOnWriteArrayList<>();
    private String bootstrapServers;
    private String registryUrl;
    private int brokerPort;

    /**
     * @param extraSettings configuration assignments (KEY=VALUE) per service on top of the run's own
     */
    Pipeline(Path jar, Path registryJar, Path workDir, Map<Role, List<String>> extraSettings) {
        this.java = Path.of(System.getProperty("java.home"), "bin", "java");
        this.jar = jar;
        this.registryJar = registryJar;
        this.workDir = workDir;
        this.extraSettings = extraSettings;
    }

    Path inbox() {
        return workDir.resolve("inbox");
    }

    Path logs() {
        return workDir.resolve("logs");
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    String registryUrl() {
        return registryUrl;
    }

    /** Starts broker and registry, creates the topics and subjects ({@code newswire init}), then the services. */
    synchronized void start() throws IOException, InterruptedException {
        Files.createDirectories(inbox());
        startBroker();
        NewswireProcess registry = launch(Role.REGISTRY, List.of("--data-dir", stackDir().toString(), "--port", "0"));
        registryUrl = registry.awaitOutput(REGISTRY_URL, START_TIMEOUT);
        init();
        for (Role service : Role.SERVICES) {
            start(service);
        }
    }

    /** Starts the broker on its data folder; the first start picks a free port, later ones take the same port. */
    synchronized NewswireProcess startBroker() throws IOException, InterruptedException {
        NewswireProcess broker = launch(Role.BROKER,
                List.of("--data-dir", stackDir().toString(), "--port", String.valueOf(brokerPort)));
        String address = broker.awaitOutput(BOOTSTRAP, START_TIMEOUT);
        if (bootstrapServers != null && !bootstrapServers.equals(address)) {
            throw new IllegalStateException("The restarted broker listens on " + address + " instead of "
                    + bootstrapServers + " (the port was taken meanwhile)");
        }
        bootstrapServers = address;
        brokerPort = Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
        return broker;
    }

    /** SIGTERM to the broker; returns its exit code once it is gone. */
    synchronized int stopBroker() throws InterruptedException {
        downOnPurpose.add(Role.BROKER);
        return running.get(Role.BROKER).stop(STOP_TIMEOUT);
    }

    /** Starts a service (ingest, enrich or sink) against the running broker and registry. */
    synchronized NewswireProcess start(Role service) throws IOException {
        List<String> args = new ArrayList<>(List.of("--bootstrap-server", bootstrapServers,
                "--schema-registry-url", registryUrl));
        for (String setting : settings(service)) {
            args.add("--set");
            args.add(setting);
        }
        return launch(service, args);
    }

    /** SIGKILL to a service. */
    synchronized NewswireProcess kill(Role service) throws InterruptedException {
        NewswireProcess process = running.get(service);
        downOnPurpose.add(service);
        process.kill();
        return process;
    }

    synchronized NewswireProcess process(Role role) {
        return running.get(role);
    }

    /** Records and starts again every process that ended without being told to; returns those found now. */
    synchronized List<UnexpectedExit> reviveExited() throws IOException, InterruptedException {
        List<UnexpectedExit> found = new ArrayList<>();
        for (Map.Entry<Role, NewswireProcess> e : Map.copyOf(running).entrySet()) {
            NewswireProcess process = e.getValue();
            if (!downOnPurpose.contains(e.getKey()) && !process.isAlive()) {
                found.add(new UnexpectedExit(e.getKey(), Instant.now(), process.pid(), process.exitCode()));
                if (e.getKey() == Role.BROKER) {
                    startBroker();
                } else if (e.getKey() == Role.REGISTRY) {
                    throw new IllegalStateException("The schema registry ended (exit code " + process.exitCode()
                            + "); its schemas were in memory, so the run cannot go on. See " + logs());
                } else {
                    start(e.getKey());
                }
            }
        }
        unexpectedExits.addAll(found);
        return found;
    }

    List<UnexpectedExit> unexpectedExits() {
        return List.copyOf(unexpectedExits);
    }

    /** Stops the services (SIGTERM), then the registry and the broker. */
    @Override
    public synchronized void close() throws InterruptedException {
        downOnPurpose.addAll(running.keySet());
        for (Role role : List.of(Role.INGEST, Role.ENRICH, Role.SINK, Role.REGISTRY, Role.BROKER)) {
            NewswireProcess process = running.get(role);
            if (process != null && process.isAlive()) {
                process.stop(STOP_TIMEOUT);
            }
        }
    }

    private void init() throws IOException, InterruptedException {
        NewswireProcess init = NewswireProcess.start("init", command("init",
                List.of("--bootstrap-server", bootstrapServers, "--schema-registry-url", registryUrl), "256m"),
                workDir, logs().resolve("init.log"), environment());
        int exit = init.awaitExit(START_TIMEOUT);
        if (exit != 0) {
            throw new IllegalStateException("newswire init failed with exit code " + exit + "; see " + logs());
        }
    }

    private NewswireProcess launch(Role role, List<String> args) throws IOException {
        NewswireProcess process = NewswireProcess.start(role.command(), command(role.command(), args, role.maxHeap()), workDir,
                logs().resolve(role.command() + ".log"), environment());
        running.put(role, process);
        downOnPurpose.remove(role);
        return process;
    }

    private List<String> command(String subcommand, List<String> args, String maxHeap) {
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx" + maxHeap, "-XX:+ExitOnOutOfMemoryError",
                "-jar", jar.toString(), subcommand));
        command.addAll(args);
        return command;
    }

    private Map<String, String> environment() {
        return Map.of("NEWSWIRE_REGISTRY_JAR", registryJar.toString(), "LC_ALL", "C.UTF-8");
    }

    /**
     * The run's settings of a service. enrich and sink are static members of their consumer groups with a short
     * session timeout, so a restarted instance takes its partitions back at once.
     */
    private List<String> settings(Role service) {
        List<String> settings = new ArrayList<>();
        switch (service) {
            case INGEST -> settings.addAll(List.of("ingest.inbox=" + inbox(), "ingest.instance-id=chaos",
                    "ingest.progress=log", "ingest.ops.port=0"));
            case ENRICH -> settings.addAll(List.of("enrich.state-dir=" + workDir.resolve("state/enrich"),
                    "kafka.group.instance.id=chaos-enrich", "kafka.session.timeout.ms=" + SESSION_TIMEOUT_MS,
                    "enrich.ops.port=0"));
            case SINK -> settings.addAll(List.of("sink.state-dir=" + workDir.resolve("state/sink"), "sink.http.port=0",
                    "kafka.group.instance.id=chaos-sink", "kafka.session.timeout.ms=" + SESSION_TIMEOUT_MS,
                    "sink.ops.port=0"));
            default -> throw new IllegalArgumentException(service + " is not a service");
        }
        settings.addAll(extraSettings.getOrDefault(service, List.of()));
        return settings;
    }

    private Path stackDir() {
        return workDir.resolve("stack");
    }
}
