package io.newswire.enrich.topology;

import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.ConfigException;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.config.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * enrich as a plain Java main, without the {@code newswire} launcher (tests run it as a child process):
 * {@code EnrichMain [--reset] [key=value ...]}, configured like every service from {@code NEWSWIRE_*} variables and
 * the {@code key=value} arguments.
 */
public final class EnrichMain {
    private static final int EXIT_USAGE = 2;

    private EnrichMain() {
    }

    public static void main(String[] args) throws Exception {
        List<Setting<?>> settings = new ArrayList<>(CommonSettings.all());
        settings.addAll(EnrichSettings.all());
        ConfigLoader loader = new ConfigLoader(settings).env(System.getenv());
        boolean reset = false;
        try {
            for (String arg : args) {
                if (arg.equals("--reset")) {
                    reset = true;
                } else {
                    loader.flag(arg);
                }
            }
            System.exit(EnrichRunner.runUntilStopped(loader.load(), reset));
        } catch (ConfigException e) {
            System.err.println("enrich: " + e.getMessage());
            System.exit(EXIT_USAGE);
        }
    }
}
