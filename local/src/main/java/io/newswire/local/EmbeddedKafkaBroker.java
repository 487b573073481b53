package io.newswire.local;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka cluster (one KRaft process acting as broker and controller) running inside this JVM.
 *
 * <p>It listens on 127.0.0.1 only. Its data folder and ports are fixed when it is built, so {@link #stop()} followed by
 * {@link #start()} brings back the same broker with the same data at the same address. A broker built without a data
 * folder uses a temporary one that {@link #close()} deletes.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build().start()) {
 *     String bootstrap = broker.bootstrapServers();
 * }
 * }</pre>
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** The port Kafka listens on by convention. */
    public static final int CONVENTIONAL_PORT = 9092;

    private static final String CLIENT_LISTENER = "PLAINTEXT";
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String HOST = "127.0.0.1";
    /** Broker properties whose extra values add to the built-in ones instead of replacing them. */
    private static final Set<String> APPENDED_LISTS =
            Set.of("listeners", "advertised.listeners", "listener.security.protocol.map");

    private final Path dataDir;
    private final boolean ownsDataDir;
    private final boolean verbose;
    private final int port;
    private final Properties brokerProperties;
    private KafkaRaftServer server;
    private boolean closed;

    private EmbeddedKafkaBroker(Builder builder) {
        this.ownsDataDir = builder.dataDir == null;
        this.dataDir = ownsDataDir ? Directories.createTemp("newswire-kafka-") : builder.dataDir.toAbsolutePath();
        if (builder.wipe && !ownsDataDir) {
            Directories.deleteRecursively(dataDir);
        }
        Directories.create(dataDir);
        this.verbose = builder.verbose;
        this.port = Ports.choose(builder.port, builder.fallBackWhenTaken);
        this.brokerProperties = brokerProperties(dataDir, port, Ports.anyFree(), builder.extraProperties);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Formats the data folder if it is new, then starts the broker and returns once it accepts clients. Does nothing if
     * the broker is already running.
     */
    public synchronized EmbeddedKafkaBroker start() {
        if (closed) {
            throw new IllegalStateException("This broker was closed; build a new one");
        }
        if (server != null) {
            return this;
        }
        BrokerLogLevels.apply(verbose);
        long startedAt = System.nanoTime();
        KafkaConfig config = KafkaConfig.fromProps(brokerProperties, verbose);
        formatIfNew(config);
        KafkaRaftServer starting = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            // Returns once the broker has caught up with the metadata log and been unfenced, i.e. serves clients.
            starting.startup();
        } catch (RuntimeException e) {
            try {
                shutDown(starting);
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed);
            }
            throw new IllegalStateException("The embedded Kafka broker did not start at " + bootstrapServers()
                    + " (data in " + dataDir + ")", e);
        }
        server = starting;
        LOG.info("Kafka broker at {} started in {} ms, data in {}", bootstrapServers(),
                (System.nanoTime() - startedAt) / 1_000_000, dataDir);
        return this;
    }

    /** Shuts the broker down cleanly, keeping its data for a later {@link #start()}. */
    public synchronized void stop() {
        if (server != null) {
            shutDown(server);
            server = null;
        }
    }

    /** Stops the broker and deletes its data folder if it was a temporary one. */
    @Override
    public synchronized void close() {
        stop();
        if (!closed && ownsDataDir) {
            Directories.deleteRecursively(dataDir);
        }
        closed = true;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** The {@code bootstrap.servers} value for clients, e.g. {@code 127.0.0.1:9092}. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Writes the cluster metadata a KRaft node needs before its first start; a formatted folder is left as it is. */
    private void formatIfNew(KafkaConfig config) {
        if (Files.exists(dataDir.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(verbose ? System.out : new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .addDirectory(dataDir.toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the Kafka data folder " + dataDir, e);
        }
    }

    private static void shutDown(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    static Properties brokerProperties(Path dataDir, int port, int controllerPort, Map<String, String> extra) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(NODE_ID));
        p.setProperty("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        p.setProperty("listeners", CLIENT_LISTENER + "://" + HOST + ":" + port + ","
                + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        p.setProperty("advertised.listeners", CLIENT_LISTENER + "://" + HOST + ":" + port);
        p.setProperty("inter.broker.listener.name", CLIENT_LISTENER);
        p.setProperty("listener.security.protocol.map",
                CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.setProperty("log.dirs", dataDir.toString());

        // One node: every internal topic has one replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");

        // A development broker: topics are created on purpose (by the platform module), groups form at once, and the
        // internal topics need not 50 partitions each, which makes the first consumer group or transaction slow.
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        p.setProperty("offsets.topic.num.partitions", "1");
        p.setProperty("transaction.state.log.num.partitions", "1");
        p.setProperty("share.coordinator.state.topic.num.partitions", "1");
        // The log cleaner would otherwise take 128 MB of heap for its dedupe buffer at start-up.
        p.setProperty("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));

        extra.forEach((key, value) ->
                p.setProperty(key, APPENDED_LISTS.contains(key) ? p.getProperty(key) + "," + value : value));
        return p;
    }

    /** Options of an {@link EmbeddedKafkaBroker}; every one has a default. */
    public static final class Builder {
        private Path dataDir;
        private boolean wipe;
        private int port;
        private boolean fallBackWhenTaken;
        private boolean verbose;
        private final Map<String, String> extraProperties = new LinkedHashMap<>();

        private Builder() {
        }

        /** Where the broker keeps its data across restarts. Default: a temporary folder deleted on {@link #close()}. */
        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
            return this;
        }

        /** Empties a given data folder when the broker is built, so it starts as a new cluster. Default false. */
        public Builder wipe(boolean wipe) {
            this.wipe = wipe;
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

        /**
         * A broker property that overrides the built-in one, except for {@code listeners}, {@code advertised.listeners}
         * and {@code listener.security.protocol.map}, whose values are added to the built-in lists. So a second listener
         * takes three of these calls (e.g. {@code listeners=SASL_SSL://127.0.0.1:9093}, the same advertised, and
         * {@code listener.security.protocol.map=SASL_SSL:SASL_SSL}) plus that listener's own settings.
         */
        public Builder brokerProperty(String key, String value) {
            extraProperties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** Lets the broker log at INFO (and print its formatting step) instead of warnings only. Default false. */
        public Builder verbose(boolean verbose) {
            this.verbose = verbose;
            return this;
        }

        /** Creates the data folder and fixes the ports; {@link EmbeddedKafkaBroker#start()} starts the broker. */
        public EmbeddedKafkaBroker build() {
            return new EmbeddedKafkaBroker(this);
        }
    }
}
