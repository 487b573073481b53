package io.newswire.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
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
 *
 * <p>Clients connect over PLAINTEXT by default, or, for tests of secured clusters, over SASL_SSL with SCRAM-SHA-512
 * ({@link Builder#saslSsl}, {@link Builder#scramUser}) or SSL with client certificates ({@link Builder#mutualTls}).
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /** The port Kafka listens on by convention. */
    public static final int CONVENTIONAL_PORT = 9092;

    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    /** The broker's own SCRAM user on SASL_SSL, for its connections to itself. */
    private static final String BROKER_USER = "newswire-broker";
    /** Where the broker's own SCRAM password is kept: it was written into the cluster metadata at format time. */
    private static final String BROKER_PASSWORD_FILE = ".newswire-broker-scram-password";
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
    private final ClientListener clientListener;
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
        this.clientListener = builder.clientListener(dataDir);
        this.brokerProperties = brokerProperties(dataDir, port, Ports.anyFree(), clientListener, builder.extraProperties);
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

    /** What clients set as {@code security.protocol}: PLAINTEXT, SASL_SSL or SSL. */
    public String securityProtocol() {
        return clientListener.protocol();
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
                    .setScramArguments(clientListener.scramArguments())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot format the Kafka data folder " + dataDir, e);
        }
    }

    private static void shutDown(KafkaRaftServer server) {
        server.shutdown();
        server.awaitShutdown();
    }

    static Properties brokerProperties(Path dataDir, int port, int controllerPort, ClientListener clients,
                                       Map<String, String> extra) {
        String listener = clients.protocol();
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", String.valueOf(NODE_ID));
        p.setProperty("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        p.setProperty("listeners", listener + "://" + HOST + ":" + port + ","
                + CONTROLLER_LISTENER + "://" + HOST + ":" + controllerPort);
        p.setProperty("advertised.listeners", listener + "://" + HOST + ":" + port);
        p.setProperty("inter.broker.listener.name", listener);
        p.setProperty("listener.security.protocol.map",
                listener + ":" + listener + "," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.putAll(clients.properties());
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

    /**
     * The broker's own SCRAM password: random for a new data folder, then kept in it, because the folder's cluster
     * metadata holds the credential made from it.
     */
    private static String brokerPassword(Path dataDir) {
        Path file = dataDir.resolve(BROKER_PASSWORD_FILE);
        try {
            if (Files.exists(file)) {
                return Files.readString(file, StandardCharsets.US_ASCII).strip();
            }
            if (Files.exists(dataDir.resolve("meta.properties"))) {
                throw new IllegalStateException("The Kafka data folder " + dataDir + " was formatted without the "
                        + "SASL_SSL listener, so the broker's own SCRAM user is missing from it; wipe it to start anew");
            }
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String password = HexFormat.of().formatHex(random);
            Files.writeString(file, password, StandardCharsets.US_ASCII);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return password;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the broker's SCRAM password in " + file, e);
        }
    }

    /** Options of an {@link EmbeddedKafkaBroker}; every one has a default. */
    public static final class Builder {
        private Path dataDir;
        private boolean wipe;
        private int port;
        private boolean fallBackWhenTaken;
        private boolean verbose;
        private TlsIdentity saslSslIdentity;
        private TlsIdentity mutualTlsIdentity;
        private final List<TlsIdentity> trustedClients = new ArrayList<>();
        private final Map<String, String> scramUsers = new LinkedHashMap<>();
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
         * takes three of these calls (e.g. {@code listeners=EXTRA://127.0.0.1:9093}, the same advertised, and
         * {@code listener.security.protocol.map=EXTRA:PLAINTEXT}) plus that listener's own settings. For a secured
         * client listener use {@link #saslSsl} or {@link #mutualTls}.
         */
        public Builder brokerProperty(String key, String value) {
            extraProperties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /**
         * Clients connect over SASL_SSL with SCRAM-SHA-512 (instead of PLAINTEXT) as one of the {@link #scramUser}s,
         * and must trust {@code tls}'s certificate ({@code ssl.truststore.type=PEM},
         * {@code ssl.truststore.location=} {@link TlsIdentity#certificate()}).
         */
        public Builder saslSsl(TlsIdentity tls) {
            this.saslSslIdentity = Objects.requireNonNull(tls, "tls");
            return this;
        }

        /**
         * A SCRAM-SHA-512 user of the SASL_SSL listener. Users are written into the cluster metadata when the data
         * folder is formatted, so they take effect in a new (or wiped) folder only.
         */
        public Builder scramUser(String name, String password) {
            ClientListener.checkScramText("user name", Objects.requireNonNull(name, "name"));
            ClientListener.checkScramText("password", Objects.requireNonNull(password, "password"));
            if (name.equals(BROKER_USER)) {
                throw new IllegalArgumentException(BROKER_USER + " is the broker's own user");
            }
            scramUsers.put(name, password);
            return this;
        }

        /**
         * Clients connect over SSL (instead of PLAINTEXT) and must present the certificate of one of
         * {@code trustedClients}; the broker presents {@code tls}.
         */
        public Builder mutualTls(TlsIdentity tls, TlsIdentity... trustedClients) {
            this.mutualTlsIdentity = Objects.requireNonNull(tls, "tls");
            this.trustedClients.addAll(List.of(trustedClients));
            return this;
        }

        /** Lets the broker log at INFO (and print its formatting step) instead of warnings only. Default false. */
        public Builder verbose(boolean verbose) {
            this.verbose = verbose;
            return this;
        }

        /** Creates the data folder and fixes the ports; {@link EmbeddedKafkaBroker#start()} starts the broker. */
        public EmbeddedKafkaBroker build() {
            if (saslSslIdentity != null && mutualTlsIdentity != null) {
                throw new IllegalStateException("A broker has one client listener: choose saslSsl or mutualTls");
            }
            if (!scramUsers.isEmpty() && saslSslIdentity == null) {
                throw new IllegalStateException("SCRAM users need the SASL_SSL listener: call saslSsl as well");
            }
            return new EmbeddedKafkaBroker(this);
        }

        private ClientListener clientListener(Path dataDir) {
            if (saslSslIdentity != null) {
                return ClientListener.saslSsl(saslSslIdentity, scramUsers, BROKER_USER, brokerPassword(dataDir));
            }
            if (mutualTlsIdentity != null) {
                return ClientListener.mutualTls(mutualTlsIdentity, trustedClients);
            }
            return ClientListener.plaintext();
        }
    }
}
