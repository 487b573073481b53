package io.newswire.app.local;

import io.newswire.app.ConfigOptions;
import io.newswire.app.Newswire;
import io.newswire.app.local.LocalStackFile.Owner;
import io.newswire.local.EmbeddedSchemaRegistry;
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
 * {@code newswire registry}: local mode's embedded schema registry alone, as a foreground server. It is a process of
 * its own rather than part of {@code newswire broker} because it keeps schemas in memory: the broker can then be
 * stopped and started again while the schema ids its records refer to stay valid.
 */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = {"Run the embedded schema registry (Confluent-compatible API, schemas in memory) as a standalone "
                + "server until Ctrl-C or SIGTERM; commands started from this folder find it without flags."})
public final class RegistryCommand implements Callable<Integer> {
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    @Mixin
    ConfigOptions options;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "The local data folder (local.data-dir); the registry's log goes to DIR/registry.")
    Path dataDir;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (local.registry-port): if taken, a "
            + "free port is used and printed; 0 always picks a free port.")
    Integer port;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (dataDir != null) {
            options.set(LocalModeSettings.DATA_DIR.key(), dataDir.toString());
        }
        if (port != null) {
            options.set(LocalModeSettings.REGISTRY_PORT.key(), port.toString());
        }
        Config config = options.load(LocalModeSettings.all());
        Path folder = config.get(LocalModeSettings.DATA_DIR).toAbsolutePath();
        Optional<String> running = LocalStackFile.runningRegistry(folder);
        if (running.isPresent()) {
            spec.commandLine().getErr().println("newswire registry: " + running.get() + " already runs a registry from "
                    + folder + "; stop it first, or give another --data-dir");
            return Newswire.EXIT_FAILURE;
        }
        try (UntilStopped run = UntilStopped.install("newswire-registry", SHUTDOWN_GRACE)) {
            long started = System.nanoTime();
            try (EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.builder()
                    .dataDir(folder.resolve(LocalStack.REGISTRY_FOLDER))
                    .preferredPort(config.get(LocalModeSettings.REGISTRY_PORT))
                    .build().start()) {
                LocalStackFile.write(folder, Owner.REGISTRY,
                        Map.of(CommonSettings.SCHEMA_REGISTRY_URL.key(), registry.url()));
                PrintWriter out = spec.commandLine().getOut();
                out.printf("newswire registry is running (started in %.1f s; Ctrl-C to stop)%n",
                        (System.nanoTime() - started) / 1e9);
                out.printf("  Schema registry          %s%n", registry.url());
                out.printf("  Data folder              %s%n", folder);
                out.flush();
                run.await();
                spec.commandLine().getErr().println("newswire registry: stopping...");
                LocalStackFile.delete(folder, Owner.REGISTRY);
            }
        }
        return 0;
    }
}
