package io.newswire.registry;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import java.io.IOException;
import java.io.InputStream;
import javax.enterprise.context.ApplicationScoped;
import javax.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Stops the registry when the process that started it dies, however it dies.
 *
 * <p>A parent JVM that is killed with SIGKILL runs no shutdown hook, so it cannot stop its child. What the operating
 * system does on any death is close the parent's end of the child's standard input: with
 * {@code -Dnewswire.registry.exit-on-stdin-eof=true} the registry watches for that end of file and exits. Off by default,
 * so that {@code java -jar quarkus-run.jar} run by hand from a terminal behaves as usual.
 */
@ApplicationScoped
public class ParentWatchdog {

    void onStart(@Observes StartupEvent event,
                 @ConfigProperty(name = "newswire.registry.exit-on-stdin-eof", defaultValue = "false") boolean enabled) {
        if (enabled) {
            Thread watcher = new Thread(() -> exitAtEndOfInput(System.in), "newswire-parent-watchdog");
            watcher.setDaemon(true);
            watcher.start();
        }
    }

    private static void exitAtEndOfInput(InputStream in) {
        try {
            while (in.read() != -1) {
                // Whatever the parent writes is ignored; only the end of the stream counts.
            }
        } catch (IOException e) {
            // A broken pipe means the same as end of file: the parent is gone.
        }
        Quarkus.asyncExit();
    }
}
