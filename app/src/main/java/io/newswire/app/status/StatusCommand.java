package io.newswire.app.status;

import io.newswire.app.ConfigOptions;
import io.newswire.app.LogSetup;
import io.newswire.app.Newswire;
import io.newswire.enrich.topology.EnrichSettings;
import io.newswire.ingest.IngestSettings;
import io.newswire.platform.clients.KafkaAccess;
import io.newswire.platform.clients.KafkaUnreachableException;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigException;
import io.newswire.platform.config.Setting;
import io.newswire.platform.config.ValueType;
import io.newswire.sink.SinkSettings;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newswire status}: one screen on the running pipeline, read from Kafka and the inbox, no Grafana needed. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Print the pipeline's state: each topic's end offsets and rate, each consumer group's lag, the "
                + "dead-letter count with the latest reasons, and the inbox backlog.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:printed", "1:Kafka could not be reached or read", "2:configuration error"})
public final class StatusCommand implements Callable<Integer> {
    /** The settings whose values status reads: topic names (common), the inbox, the two application ids. */
    private static final List<Setting<?>> SETTINGS = Stream.of(IngestSettings.all(),
            EnrichSettings.all(), SinkSettings.all()).flatMap(List::stream).toList();

    @Mixin
    ConfigOptions options;

    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "2s",
            description = "Time between the two samples of end offsets the rates come from (default ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--dead-letters", paramLabel = "N", defaultValue = "5",
            description = "How many of the latest dead letters to show (default ${DEFAULT-VALUE}).")
    int deadLetters;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s",
            description = "Longest wait for any answer from Kafka (default ${DEFAULT-VALUE}).")
    String timeout;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Duration window = duration("--interval", interval);
        Duration wait = duration("--timeout", timeout);
        if (deadLetters < 0) {
            throw new ConfigException("--dead-letters=" + deadLetters + ": expected 0 or more");
        }
        Config config = options.load(SETTINGS);
        LogSetup.quietKafkaClients();
        try {
            // Refused credentials are one clear configuration error (exit 2), not a timeout.
            KafkaAccess.verify(config, wait);
            StatusReport report = new StatusProbe(config, window, deadLetters, wait, Clock.systemUTC()).probe();
            PrintWriter out = spec.commandLine().getOut();
            out.print(new StatusView(ZoneId.systemDefault()).render(report));
            out.flush();
            return 0;
        } catch (StatusProbe.KafkaUnreachableException e) {
            spec.commandLine().getErr().println("newswire status: cannot read the Kafka cluster at "
                    + config.get(CommonSettings.BOOTSTRAP_SERVERS) + ": " + e.getMessage());
            return Newswire.EXIT_FAILURE;
        } catch (KafkaUnreachableException e) {
            spec.commandLine().getErr().println("newswire status: " + e.getMessage());
            return Newswire.EXIT_FAILURE;
        }
    }

    private static Duration duration(String option, String text) {
        try {
            Duration d = ValueType.duration().parse(text);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("must be positive");
            }
            return d;
        } catch (RuntimeException e) {
            throw new ConfigException(option + "=" + text + ": expected a positive duration such as 2s or 500ms");
        }
    }
}
