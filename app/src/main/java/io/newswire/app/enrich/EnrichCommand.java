package io.newswire.app.enrich;

import io.newswire.app.ConfigOptions;
import io.newswire.enrich.topology.EnrichRunner;
import io.newswire.enrich.topology.EnrichSettings;
import io.newswire.platform.config.Config;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newswire enrich}: the Kafka Streams application news.raw -> news.enriched, until SIGTERM or Ctrl-C. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Enrich every article of news.raw into news.enriched (Kafka Streams, exactly-once); bad records "
                + "go to news.dlq. Ctrl-C or SIGTERM stops it."})
public final class EnrichCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--reset", description = "Re-enrich everything still in news.raw (e.g. after a better enricher "
            + "ships): rewind the consumer group to the earliest offsets and delete the local state first. Every "
            + "other enrich instance of the same enrich.application-id must be stopped.")
    boolean reset;

    @Override
    public Integer call() throws Exception {
        Config config = options.load(EnrichSettings.all());
        return EnrichRunner.runUntilStopped(config, reset);
    }
}
