package io.newswire.app.sink;

import io.newswire.app.ConfigOptions;
import io.newswire.app.Newswire;
import io.newswire.platform.clients.AccessCheck;
import io.newswire.platform.config.Config;
import io.newswire.platform.ops.OpsServer;
import io.newswire.sink.SinkService;
import io.newswire.sink.SinkSettings;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newswire sink}: keeps news.articles and serves the article table over HTTP until stopped (Ctrl-C, SIGTERM). */
@Command(name = "sink", mixinStandardHelpOptions = true,
        description = "Fold news.enriched into the compacted news.articles table and serve it over HTTP "
                + "(GET /articles/{id}, GET /articles?..., GET /health); operations endpoints on sink.ops.port.")
public final class SinkCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Config config = options.load(SinkSettings.all());
        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean failed = new AtomicBoolean();
        // Before any port is bound: refused credentials must be the one and only line of output.
        AccessCheck.verify(config);
        try (OpsServer ops = OpsServer.start(config, SinkSettings.OPS_PORT)) {
            // A sink stopped by an error exits (code 1), so that a supervisor restarts it instead of it idling on.
            SinkService sink = SinkService.start(config, ops.registry(), () -> {
                failed.set(true);
                stopped.countDown();
            });
            ops.addChecks(sink.readinessChecks());
            // Closing on SIGTERM commits the open transaction and leaves the group at once, so a restart is quick.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                ops.shuttingDown();
                sink.close();
                stopped.countDown();
            }, "newswire-sink-shutdown"));
            PrintWriter out = spec.commandLine().getOut();
            out.printf("newswire sink is running (Ctrl-C to stop); query API on http://%s:%d, operations endpoints on %s%n",
                    config.get(SinkSettings.HTTP_HOST), sink.httpPort(), ops.baseUrl());
            out.flush();
            stopped.await();
        }
        return failed.get() ? Newswire.EXIT_FAILURE : 0;
    }
}
