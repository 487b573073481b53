package io.newswire.sink;

import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.config.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one sink in its own JVM until it is stopped: {@code java io.newswire.sink.SinkMain key=value ...}, where each
 * argument is a configuration key (after {@code NEWSWIRE_*} variables). Used where a separate process is the point,
 * e.g. to kill a sink with SIGKILL in a test; people use {@code newswire sink}.
 */
public final class SinkMain {
    private SinkMain() {
    }

    public static void main(String[] args) throws Exception {
        List<Setting<?>> settings = new ArrayList<>(CommonSettings.all());
        settings.addAll(SinkSettings.all());
        ConfigLoader loader = new ConfigLoader(settings).env(System.getenv());
        for (String assignment : args) {
            loader.flag(assignment);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        SinkService sink = SinkService.start(loader.load());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sink.close();
            stopped.countDown();
        }, "newswire-sink-shutdown"));
        System.out.println("sink started, query API on port " + sink.httpPort());
        stopped.await();
    }
}
