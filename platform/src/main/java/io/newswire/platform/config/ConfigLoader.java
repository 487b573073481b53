package io.newswire.platform.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Resolves a service's configuration from, in rising precedence: built-in defaults, an optional properties file,
 * environment variables ({@code NEWSWIRE_*}), and command-line flags.
 *
 * <p>Keys under {@code kafka.} pass through to every Kafka client (so SASL_SSL and any other client property can be
 * set without code changes), keys under {@code serde.} to the Avro serde. An environment variable ending in
 * {@code _FILE} names a file holding the value, the Docker-secrets convention, so secrets need not sit in the
 * environment.
 */
public final class ConfigLoader {
    static final String KAFKA_PREFIX = "kafka.";
    static final String SERDE_PREFIX = "serde.";
    private static final String FILE_SUFFIX = "_FILE";
    /** Environment variables read by the launcher, not by a service's configuration. */
    private static final Set<String> LAUNCHER_ENV = Set.of("NEWSWIRE_CONFIG", "NEWSWIRE_HOME", "NEWSWIRE_REGISTRY_JAR",
            "NEWSWIRE_JAVA_OPTS", "NEWSWIRE_SKIP_BUILD", "NEWSWIRE_HEALTH_URL");

    private final Map<String, Setting<?>> settings = new LinkedHashMap<>();
    private final Map<String, String> envToKey = new HashMap<>();
    private final Set<String> otherServicesEnv = new HashSet<>();
    private final List<Layer> layers = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();

    private record Layer(String key, String value, String source) {
    }

    public ConfigLoader(Collection<Setting<?>> declared) {
        for (Setting<?> s : declared) {
            settings.put(s.key(), s);
            envToKey.put(s.envName(), s.key());
        }
    }

    /**
     * Settings of other services: their environment variables are not this service's, but not typos either (one
     * container image sets variables for every role), so they are ignored without a warning.
     */
    public ConfigLoader otherServices(Collection<Setting<?>> others) {
        others.forEach(s -> otherServicesEnv.add(s.envName()));
        return this;
    }

    /** Reads a Java properties file; a missing or unreadable file is a configuration error. */
    public ConfigLoader file(Path path) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + path + ": " + e.getMessage(), e);
        }
        p.stringPropertyNames().stream().sorted()
                .forEach(k -> layers.add(checked(k, p.getProperty(k), "file " + path)));
        return this;
    }

    /** Takes the {@code NEWSWIRE_*} variables of an environment; unknown ones are reported in {@link #warnings()}. */
    public ConfigLoader env(Map<String, String> env) {
        env.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            String name = e.getKey();
            if (!name.startsWith(Setting.ENV_PREFIX) || LAUNCHER_ENV.contains(name)) {
                return;
            }
            String value = e.getValue();
            String source = "environment variable " + name;
            if (name.endsWith(FILE_SUFFIX)) {
                name = name.substring(0, name.length() - FILE_SUFFIX.length());
                value = readSecretFile(name, value);
            }
            String key = keyForEnv(name);
            if (key != null) {
                layers.add(new Layer(key, value, source));
            } else if (!otherServicesEnv.contains(name)) {
                warnings.add("ignoring unknown environment variable " + e.getKey());
            }
        });
        return this;
    }

    /** A command-line value, e.g. from {@code --set key=value} or a dedicated flag. */
    public ConfigLoader flag(String key, String value) {
        layers.add(checked(key, value, "flag --set " + key));
        return this;
    }

    /** Parses {@code key=value}, as given to {@code --set}. */
    public ConfigLoader flag(String assignment) {
        int eq = assignment.indexOf('=');
        if (eq <= 0) {
            throw new ConfigException("invalid --set '" + assignment + "': expected key=value");
        }
        return flag(assignment.substring(0, eq).strip(), assignment.substring(eq + 1));
    }

    /** Things worth logging at start-up that are not errors, e.g. an unknown NEWSWIRE_ variable (a likely typo). */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    public Config load() {
        Map<String, Object> values = new HashMap<>();
        Map<String, String> sources = new HashMap<>();
        Map<String, String> kafka = new LinkedHashMap<>();
        Map<String, String> serde = new LinkedHashMap<>();
        for (Setting<?> s : settings.values()) {
            if (s.defaultValue() != null) {
                values.put(s.key(), s.defaultValue());
                sources.put(s.key(), "default");
                if (s.key().startsWith(KAFKA_PREFIX)) {
                    kafka.put(s.key().substring(KAFKA_PREFIX.length()), s.defaultText());
                }
            }
        }
        for (Layer layer : layers) {
            Setting<?> s = settings.get(layer.key());
            if (s != null) {
                values.put(s.key(), parse(s, layer));
                sources.put(s.key(), layer.source());
            }
            if (layer.key().startsWith(KAFKA_PREFIX)) {
                kafka.put(layer.key().substring(KAFKA_PREFIX.length()), layer.value().strip());
            } else if (layer.key().startsWith(SERDE_PREFIX)) {
                serde.put(layer.key().substring(SERDE_PREFIX.length()), layer.value().strip());
            }
        }
        return new Config(values, sources, kafka, serde);
    }

    private static Object parse(Setting<?> s, Layer layer) {
        try {
            return s.type().parse(layer.value());
        } catch (IllegalArgumentException e) {
            throw ConfigException.invalid(s, layer.value(), layer.source());
        }
    }

    private Layer checked(String key, String value, String source) {
        if (!settings.containsKey(key) && !key.startsWith(KAFKA_PREFIX) && !key.startsWith(SERDE_PREFIX)) {
            throw new ConfigException("unknown configuration key '" + key + "' (from " + source + ")"
                    + suggestion(key) + "; 'newswire config' lists every key");
        }
        return new Layer(key, value, source);
    }

    private String keyForEnv(String name) {
        String key = envToKey.get(name);
        if (key != null) {
            return key;
        }
        String rest = name.substring(Setting.ENV_PREFIX.length()).toLowerCase(Locale.ROOT);
        for (String prefix : List.of(KAFKA_PREFIX, SERDE_PREFIX)) {
            String envPrefix = prefix.replace('.', '_');
            if (rest.startsWith(envPrefix) && rest.length() > envPrefix.length()) {
                return prefix + rest.substring(envPrefix.length()).replace('_', '.');
            }
        }
        return null;
    }

    private static String readSecretFile(String name, String path) {
        try {
            return Files.readString(Path.of(path), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ConfigException("cannot read " + name + FILE_SUFFIX + " file " + path + ": " + e.getMessage(), e);
        }
    }

    private String suggestion(String key) {
        return settings.keySet().stream()
                .min(Comparator.comparingInt(k -> editDistance(k, key)))
                .filter(k -> editDistance(k, key) <= Math.max(2, key.length() / 4))
                .map(k -> "; did you mean '" + k + "'?")
                .orElse("");
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
