package io.newswire.app.local;

import io.newswire.app.ConfigOptions;
import io.newswire.local.LocalStack;
import io.newswire.enrich.topology.EnrichSettings;
import io.newswire.ingest.IngestSettings;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Setting;
import io.newswire.sink.SinkSettings;
import java.util.List;
import java.util.stream.Stream;
import io.newswire.platform.config.Config;
import io.newswire.platform.topics.ContractBootstrap;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newswire local}: the whole pipeline on an embedded broker and registry, in one process tree. */
@Command(name = "local", mixinStandardHelpOptions = true,
        description = "Run the whole pipeline (ingest, enrich, sink) on an embedded Kafka broker and schema registry, "
                + "no Docker needed; Ctrl-C stops it.")
public final class LocalCommand implements Callable<Integer> {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(60);
    /** Local mode runs every service, so every service's settings apply. */
    private static final List<Setting<?>> SETTINGS = Stream.of(LocalModeSettings.all(), IngestSettings.all(),
            EnrichSettings.all(), SinkSettings.all()).flatMap(List::stream).toList();

    @Mixin
    ConfigOptions options;

    @Option(names = "--wipe", description = "Empty the local data folder first: a new cluster, no topics, no Streams state.")
    boolean wipe;

    @Option(names = "--no-services", description = "Run only the broker and the registry (for services started "
            + "separately, e.g. in containers or a debugger).")
    boolean noServices;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Config config = options.load(SETTINGS);
        Path dataDir = config.get(LocalModeSettings.DATA_DIR).toAbsolutePath();
        try (UntilStopped run = UntilStopped.install("newswire-local", SHUTDOWN_GRACE)) {
            long started = System.nanoTime();
            if (wipe) {
                LocalDataFolder.wipe(dataDir);
            }
            try (LocalStack stack = LocalStack.builder()
                    .dataDir(dataDir)
                    .ports(config.get(LocalModeSettings.KAFKA_PORT), config.get(LocalModeSettings.REGISTRY_PORT))
                    .verbose(config.get(LocalModeSettings.BROKER_LOGS))
                    .build().start()) {
                Config running = config
                        .with(CommonSettings.BOOTSTRAP_SERVERS, stack.bootstrapServers(), "local stack")
                        .with(CommonSettings.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl(), "local stack");
                ContractBootstrap.run(running);
                try (LocalPipeline pipeline = noServices ? null : LocalPipeline.start(running, dataDir, run::request)) {
                    LocalStackFile.write(dataDir, stack.bootstrapServers(), stack.schemaRegistryUrl());
                    printBanner(stack, pipeline, dataDir, Duration.ofNanos(System.nanoTime() - started));
                    run.await();
                    spec.commandLine().getErr().println("newswire local: stopping...");
                    LocalStackFile.delete(dataDir);
                }
            }
        }
        return 0;
    }

    /** @param pipeline the services, or null with --no-services */
    private void printBanner(LocalStack stack, LocalPipeline pipeline, Path dataDir, Duration startup) {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("newswire local is running (started in %.1f s; Ctrl-C to stop)%n", startup.toMillis() / 1000.0);
        if (pipeline != null) {
            out.printf("  Inbox (drop files here)  %s%n", pipeline.inbox());
            out.printf("  Query API                %s/articles%n", pipeline.queryApi());
            out.printf("  Health and metrics       %s/ready  (also /health, /metrics)%n", pipeline.opsUrl());
        }
        out.printf("  Kafka bootstrap servers  %s%n", stack.bootstrapServers());
        out.printf("  Schema registry          %s%n", stack.schemaRegistryUrl());
        if (pipeline != null) {
            out.printf("  Follow the results       ./newswire tail --from-beginning%n");
            out.printf("  Pipeline status          ./newswire status%n");
        }
        out.printf("  Data folder              %s%n", dataDir);
        out.flush();
    }
}
