package io.newswire.local;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The whole local stack: an {@link EmbeddedKafkaBroker} and an {@link EmbeddedSchemaRegistry}, started side by side.
 * Topics and schema compatibility are not its business (module {@code platform} creates them).
 *
 * <pre>{@code
 * try (LocalStack stack = LocalStack.builder().build().start()) {
 *     stack.bootstrapServers();    // 127.0.0.1:<port>
 *     stack.schemaRegistryUrl();   // http://127.0.0.1:<port>/apis/ccompat/v7
 * }
 * }</pre>
 */
public final class LocalStack implements AutoCloseable {
    /** Subfolder of a stack's data folder holding the broker's data. */
    public static final String BROKER_FOLDER = "kafka";
    /** Subfolder of a stack's data folder holding the registry's log. */
    public static final String REGISTRY_FOLDER = "registry";

    private final EmbeddedKafkaBroker broker;
    private final EmbeddedSchemaRegistry schemaRegistry;

    private LocalStack(EmbeddedKafkaBroker broker, EmbeddedSchemaRegistry schemaRegistry) {
        this.broker = broker;
        this.schemaRegistry = schemaRegistry;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Starts the broker and the registry in parallel and returns once both serve clients. */
    public LocalStack start() {
        // The registry is a child process that mostly waits, the broker works in this JVM: together they take as long
        // as the slower of the two instead of the sum.
        Executor ownThread = task -> {
            Thread thread = new Thread(task, "newswire-registry-start");
            thread.setDaemon(true);
            thread.start();
        };
        CompletableFuture<EmbeddedSchemaRegistry> registryStarted =
                CompletableFuture.supplyAsync(schemaRegistry::start, ownThread);
        try {
            broker.start();
            registryStarted.join();
        } catch (CompletionException e) {
            close();
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        } catch (RuntimeException e) {
            registryStarted.exceptionally(ignored -> null).join(); // let it finish before closing it
            close();
            throw e;
        }
        return this;
    }

    /** Stops both; see {@link EmbeddedKafkaBroker#close()} and {@link EmbeddedSchemaRegistry#close()}. */
    @Override
    public void close() {
        try {
            schemaRegistry.close();
        } finally {
            broker.close();
        }
    }

    /** The {@code bootstrap.servers} value for clients. */
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** The Confluent-compatible {@code schema.registry.url}. */
    public String schemaRegistryUrl() {
        return schemaRegistry.url();
    }

    public EmbeddedKafkaBroker broker() {
        return broker;
    }

    public EmbeddedSchemaRegistry schemaRegistry() {
        return schemaRegistry;
    }

    /** Options of a {@link LocalStack}; every one has a default. */
    public static final class Builder {
        private final EmbeddedKafkaBroker.Builder broker = EmbeddedKafkaBroker.builder();
        private final EmbeddedSchemaRegistry.Builder schemaRegistry = EmbeddedSchemaRegistry.builder();

        private Builder() {
        }

        /**
         * Where the stack keeps its state across runs: the broker's data in {@code kafka/}, the registry's log in
         * {@code registry/}. Default: temporary folders deleted on {@link #close()}.
         */
        public Builder dataDir(Path dataDir) {
            Objects.requireNonNull(dataDir, "dataDir");
            broker.dataDir(dataDir.resolve(BROKER_FOLDER));
            schemaRegistry.dataDir(dataDir.resolve(REGISTRY_FOLDER));
            return this;
        }

        /** Starts from an empty broker (the registry is always empty: it keeps schemas in memory). Default false. */
        public Builder wipe(boolean wipe) {
            broker.wipe(wipe);
            return this;
        }

        /**
         * Listens on these ports where they are free, else on free ports; 0 always picks a free port. Default: free
         * ports. Local mode passes {@link EmbeddedKafkaBroker#CONVENTIONAL_PORT} and
         * {@link EmbeddedSchemaRegistry#CONVENTIONAL_PORT}.
         */
        public Builder ports(int kafkaPort, int schemaRegistryPort) {
            broker.preferredPort(kafkaPort);
            schemaRegistry.preferredPort(schemaRegistryPort);
            return this;
        }

        /** See {@link EmbeddedKafkaBroker.Builder#brokerProperty(String, String)}. */
        public Builder brokerProperty(String key, String value) {
            broker.brokerProperty(key, value);
            return this;
        }

        /** See {@link EmbeddedKafkaBroker.Builder#verbose(boolean)}. */
        public Builder verbose(boolean verbose) {
            broker.verbose(verbose);
            return this;
        }

        /** See {@link EmbeddedSchemaRegistry.Builder#jar(Path)}. */
        public Builder registryJar(Path jar) {
            schemaRegistry.jar(jar);
            return this;
        }

        /** Finds the registry jar, creates the data folders and fixes the ports; {@link LocalStack#start()} starts. */
        public LocalStack build() {
            EmbeddedSchemaRegistry registry = schemaRegistry.build(); // first: it fails fast if there is no jar
            try {
                return new LocalStack(broker.build(), registry);
            } catch (RuntimeException e) {
                registry.close();
                throw e;
            }
        }
    }
}
