package io.newswire.app.sink;

import io.newswire.app.ConfigOptions;
import io.newswire.platform.clients.AccessCheck;
import io.newswire.platform.config.Config;
import io.newswire.sink.tail.ArticleLine;
import io.newswire.sink.tail.ArticleTail;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newswire tail}: prints news.articles as it grows, one line per article, until Ctrl-C. */
@Command(name = "tail", mixinStandardHelpOptions = true,
        description = "Follow news.articles (committed records only): one readable line per article, or JSON lines.")
public final class TailCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Option(names = "--from-beginning", description = "Start with every article the topic holds, not only new ones.")
    boolean fromBeginning;

    @Option(names = "--json", description = "Print each article as one line of plain JSON (EnrichedArticle field names).")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Config config = options.load(List.of());
        AccessCheck.verify(config);
        PrintWriter out = spec.commandLine().getOut();
        CountDownLatch finished = new CountDownLatch(1);
        try (ArticleTail tail = new ArticleTail(config)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (finished.getCount() > 0) { // still following: stop it and let it close the consumer
                    tail.stop();
                    awaitQuietly(finished);
                }
            }, "newswire-tail-shutdown"));
            tail.follow(fromBeginning, (id, article) -> {
                out.println(json ? ArticleLine.json(id, article) : ArticleLine.readable(id, article));
                out.flush();
            });
        } finally {
            finished.countDown();
        }
        return 0;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
