package io.newswire.app;

import io.newswire.app.enrich.EnrichCommand;
import io.newswire.app.enrich.EvalCommand;
import io.newswire.app.enrich.ExplainCommand;
import io.newswire.app.ingest.IngestCommand;
import io.newswire.app.local.BrokerCommand;
import io.newswire.app.local.LocalCommand;
import io.newswire.app.local.RegistryCommand;
import io.newswire.app.sink.ArticlesCommand;
import io.newswire.app.sink.SinkCommand;
import io.newswire.app.sink.TailCommand;
import io.newswire.app.status.StatusCommand;
import io.newswire.platform.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newswire} command: one launcher for every role and tool. */
@Command(name = "newswire", mixinStandardHelpOptions = true, versionProvider = Newswire.Version.class,
        description = "An Apache Kafka pipeline for incoming news: ingest, enrich, sink.",
        subcommands = {LocalCommand.class, BrokerCommand.class, RegistryCommand.class, IngestCommand.class,
                EnrichCommand.class, SinkCommand.class, TailCommand.class, ArticlesCommand.class, StatusCommand.class,
                ExplainCommand.class, EvalCommand.class,
                InitCommand.class, ConfigCommand.class, CommandLine.HelpCommand.class})
public final class Newswire {
    /** Usage and configuration errors: the user can fix them by changing what they typed or configured. */
    public static final int EXIT_USAGE = 2;
    public static final int EXIT_FAILURE = 1;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Newswire());
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException) {
                commandLine.getErr().println("newswire: " + e.getMessage());
                return EXIT_USAGE;
            }
            commandLine.getErr().println("newswire: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return EXIT_FAILURE;
        });
        return cl;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Newswire.class.getPackage().getImplementationVersion();
            return new String[] {"newswire " + (v == null ? "development build" : v)};
        }
    }
}
