package io.newswire.ingest;

import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.ConfigException;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.config.Setting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Test harness: runs ingest as a child JVM (the crash test kills it with SIGKILL) without the app module:
 * {@code IngestMain [--once] [--inbox DIR] [--config FILE] [--set key=value]...}; environment variables
 * ({@code NEWSWIRE_*}) apply as everywhere. Exit codes: 0 done, {@value IngestSummary#EXIT_REJECTED} with
 * {@code --once} when something was rejected, 2 for a configuration error, 1 for any other failure.
 */
public final class IngestMain {
    private IngestMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        boolean once = false;
        List<Setting<?>> settings = new ArrayList<>(CommonSettings.all());
        settings.addAll(IngestSettings.all());
        ConfigLoader loader = new ConfigLoader(settings);
        try {
            List<String[]> flags = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--once" -> once = true;
                    case "--inbox" -> flags.add(new String[] {IngestSettings.INBOX.key(), value(args, ++i)});
                    case "--config" -> loader.file(Path.of(value(args, ++i)));
                    case "--set" -> flags.add(new String[] {value(args, ++i)});
                    default -> throw new ConfigException("unknown argument '" + args[i]
                            + "': expected --once, --inbox DIR, --config FILE or --set key=value");
                }
            }
            loader.env(System.getenv());
            for (String[] f : flags) {
                if (f.length == 1) {
                    loader.flag(f[0]);
                } else {
                    loader.flag(f[0], f[1]);
                }
            }
            IngestService service = new IngestService(loader.load());
            if (once) {
                IngestSummary summary = service.runOnce();
                System.err.println("ingest: " + summary.describe());
                return summary.exitCode();
            }
            Runtime.getRuntime().addShutdownHook(new Thread(service::close, "ingest-shutdown"));
            service.start();
            service.awaitTermination();
            return 0;
        } catch (ConfigException e) {
            System.err.println("ingest: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (RuntimeException e) {
            System.err.println("ingest: " + e);
            return 1;
        }
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new ConfigException("option " + args[i - 1] + " needs a value");
        }
        return args[i];
    }
}
