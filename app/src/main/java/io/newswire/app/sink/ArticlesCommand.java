package io.newswire.app.sink;

import io.newswire.app.ConfigOptions;
import io.newswire.platform.clients.KafkaAccess;
import io.newswire.platform.config.Config;
import io.newswire.sink.ArticleDeletion;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.producer.RecordMetadata;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newswire articles}: tools acting on the article table. */
@Command(name = "articles", mixinStandardHelpOptions = true, description = "Act on the article table (news.articles).",
        subcommands = ArticlesCommand.Delete.class)
public final class ArticlesCommand {

    /** {@code newswire articles delete ID}: asks the sink to delete an article. */
    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete an article: writes a tombstone for ID to news.enriched; the sink removes the article "
                    + "from its table and writes the tombstone to news.articles.")
    static final class Delete implements Callable<Integer> {
        @Mixin
        ConfigOptions options;

        @Parameters(paramLabel = "ID", description = "The article id (the record key in news.articles).")
        String id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            Config config = options.load(List.of());
            KafkaAccess.verify(config, KafkaAccess.STARTUP_TIMEOUT);
            RecordMetadata written = ArticleDeletion.delete(config, id);
            spec.commandLine().getOut().printf("deletion of %s requested (%s-%d@%d); the sink applies it to news.articles%n",
                    id, written.topic(), written.partition(), written.offset());
            return 0;
        }
    }
}
