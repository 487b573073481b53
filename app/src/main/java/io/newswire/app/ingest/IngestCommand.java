package io.newswire.app.ingest;

import io.newswire.app.ConfigOptions;
import io.newswire.ingest.IngestService;
import io.newswire.ingest.IngestSettings;
import io.newswire.ingest.IngestSummary;
import io.newswire.platform.clients.AccessCheck;
import io.newswire.platform.config.Config;
import io.newswire.platform.ops.OpsServer;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newswire ingest}: watch the inbox and publish every file to news.raw. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Watch an inbox folder and publish every article file to news.raw; rejected files go to failed/ with a reason.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:failure", "2:configuration error", "3:with --once, some file or line was rejected"})
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--inbox", paramLabel = "DIR", description = "The inbox folder (ingest.inbox).")
    Path inbox;

    @Option(names = "--once", description = "Process the files present now, print a summary and exit (for batch jobs; "
            + "no operations endpoints).")
    boolean once;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (inbox != null) {
            options.set(IngestSettings.INBOX.key(), inbox.toString());
        }
        Config config = options.load(IngestSettings.all());
        AccessCheck.verify(config);
        if (once) {
            IngestSummary summary = new IngestService(config).runOnce();
            spec.commandLine().getOut().println("ingest: " + summary.describe());
            return summary.exitCode();
        }
        try (OpsServer ops = OpsServer.start(config, IngestSettings.OPS_PORT)) {
            IngestService service = new IngestService(config, ops.registry());
            ops.addChecks(service.readinessChecks());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                ops.shuttingDown();
                service.close();
            }, "newswire-ingest-shutdown"));
            service.start();
            service.awaitTermination();
        }
        return 0;
    }
}
