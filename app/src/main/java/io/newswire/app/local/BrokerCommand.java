package io.newswire.app.local;

import io.newswire.app.ConfigOptions;
import io.newswire.app.Newswire;
import io.newswire.app.local.LocalStackFile.Owner;
import io.newswire.local.EmbeddedKafkaBroker;
import io.newswire.local.LocalStack;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newswire broker}: local mode's embedded KRaft broker alone, as a foreground server. With
 * {@code newswire registry} beside it, each service runs as its own process (development, fault injection).
 */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Run the embedded Kafka broker (one KRaft node) as a standalone server until Ctrl-C or SIGTERM. "
                + "It keeps its data in the local data folder (kafka/), the same broker newswire local runs; commands "
                + "started from this folder find it without flags."})
public final class BrokerCommand implements Callable<Integer> {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);

    @Mixin
    ConfigOptions options;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The local data folder (local.data-dir); the broker's data goes to DIR/kafka.")
    Path dataDir;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (local.kafka-port): if taken, a free "
            + "port is used and printed; 0 always picks a free port.")
    Integer port;

    @Option(names = "--wipe", description = "Start as a new, empty cluster: delete the broker's data and local mode's "
            + "Streams state (DIR/kafka, DIR/enrich, DIR/sink) first.")
    boolean wipe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (dataDir != null) {
            options.set(LocalModeSettings.DATA_DIR.key(), dataDir.toString());
        }
        if (port != null) {
            options.set(LocalModeSettings.KAFKA_PORT.key(), port.toString());
        }
        Config config = options.load(LocalModeSettings.all());
        Path folder = config.get(LocalModeSettings.DATA_DIR).toAbsolutePath();
        Optional<String> running = LocalStackFile.runningBroker(folder);
        if (running.isPresent()) {
            spec.commandLine().getErr().println("newswire broker: " + running.get() + " already runs a broker on " + folder
                    + "; stop it first, or give another --data-dir");
            return Newswire.EXIT_FAILURE;
        }
        try (UntilStopped run = UntilStopped.install("newswire-broker", SHUTDOWN_GRACE)) {
            long started = System.nanoTime();
            if (wipe) {
                LocalDataFolder.wipeCluster(folder);
            }
            try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder()
                    .dataDir(folder.resolve(LocalStack.BROKER_FOLDER))
                    .preferredPort(config.get(LocalModeSettings.KAFKA_PORT))
                    .verbose(config.get(LocalModeSettings.BROKER_LOGS))
                    .build().start()) {
                LocalStackFile.write(folder, Owner.BROKER,
                        Map.of(CommonSettings.BOOTSTRAP_SERVERS.key(), broker.bootstrapServers()));
                PrintWriter out = spec.commandLine().getOut();
                out.printf("newswire broker is running (started in %.1f s; Ctrl-C to stop)%n",
                        (System.nanoTime() - started) / 1e9);
                out.printf("  Kafka bootstrap servers  %s%n", broker.bootstrapServers());
                out.printf("  Data folder              %s%n", folder);
                out.flush();
                run.await();
                spec.commandLine().getErr().println("newswire broker: stopping...");
                LocalStackFile.delete(folder, Owner.BROKER);
            }
        }
        return 0;
    }
}
