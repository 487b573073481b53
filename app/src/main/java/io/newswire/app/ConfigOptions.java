package io.newswire.app;

import io.newswire.app.local.LocalModeSettings;
import io.newswire.app.local.LocalStackFile;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.config.Setting;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * The configuration flags every service command shares. Resolution order: defaults, the file given by
 * {@code --config} (or {@code NEWSWIRE_CONFIG}), {@code NEWSWIRE_*} environment variables, then flags. Loading also
 * applies the log settings, so a command's first log line is already in the configured format.
 */
public final class ConfigOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Properties file with configuration keys (see 'newswire config').")
    Path file;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Set any configuration key; repeatable.")
    List<String> assignments = new ArrayList<>();

    @Option(names = "--bootstrap-server", paramLabel = "HOST:PORT", description = "Kafka bootstrap servers (kafka.bootstrap.servers).")
    String bootstrapServers;

    @Option(names = "--schema-registry-url", paramLabel = "URL", description = "Schema registry URL (schema.registry.url).")
    String schemaRegistryUrl;

    /** A value from a command's own flag (e.g. {@code --inbox}); ranks with the other flags. */
    public void set(String key, String value) {
        assignments.add(key + "=" + value);
    }

    /**
     * Resolves the given settings (plus the common ones) from every source. A {@code newswire local} running from this
     * folder is found without flags: its endpoints rank just above the defaults.
     */
    public Config load(List<Setting<?>> serviceSettings) {
        return load(serviceSettings, LocalStackFile.discover(LocalModeSettings.DATA_DIR.defaultValue()));
    }

    /**
     * Resolves settings; {@code discovered} values (e.g. the endpoints of a running local stack) rank just above the
     * defaults, so any explicit source still wins.
     */
    public Config load(List<Setting<?>> serviceSettings, Map<String, String> discovered) {
        List<Setting<?>> settings = new ArrayList<>(CommonSettings.all());
        settings.addAll(serviceSettings);
        ConfigLoader loader = new ConfigLoader(settings).otherServices(SettingsCatalog.all());
        discovered.forEach(loader::flag);
        Map<String, String> env = System.getenv();
        Path configFile = file != null ? file : env.containsKey("NEWSWIRE_CONFIG") ? Path.of(env.get("NEWSWIRE_CONFIG")) : null;
        if (configFile != null) {
            loader.file(configFile);
        }
        loader.env(env);
        if (bootstrapServers != null) {
            loader.flag(CommonSettings.BOOTSTRAP_SERVERS.key(), bootstrapServers);
        }
        if (schemaRegistryUrl != null) {
            loader.flag(CommonSettings.SCHEMA_REGISTRY_URL.key(), schemaRegistryUrl);
        }
        assignments.forEach(loader::flag);
        Config config = loader.load();
        LogSetup.apply(config);
        loader.warnings().forEach(w -> LoggerFactory.getLogger(ConfigOptions.class).warn(w));
        return config;
    }
}
