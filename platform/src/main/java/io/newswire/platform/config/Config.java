package io.newswire.platform.config;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A service's resolved configuration: every declared {@link Setting} with its typed value and where it came from,
 * plus the pass-through properties for Kafka clients ({@code kafka.*}) and the Avro serde ({@code serde.*}).
 * Immutable; built by {@link ConfigLoader}.
 */
public final class Config {
    private final Map<String, Object> values;
    private final Map<String, String> sources;
    private final Map<String, String> kafka;
    private final Map<String, String> serde;

    Config(Map<String, Object> values, Map<String, String> sources, Map<String, String> kafka, Map<String, String> serde) {
        this.values = Map.copyOf(values);
        this.sources = Map.copyOf(sources);
        this.kafka = Collections.unmodifiableMap(new LinkedHashMap<>(kafka));
        this.serde = Collections.unmodifiableMap(new LinkedHashMap<>(serde));
    }

    /** The value of a setting; fails if it is optional and unset (use {@link #find}). */
    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        Object v = values.get(setting.key());
        if (v == null) {
            throw new ConfigException("missing value for " + setting.key() + " (set it with " + setting.envName()
                    + " or --set " + setting.key() + "=...): expected " + setting.type().expected());
        }
        return (T) v;
    }

    @SuppressWarnings("unchecked")
    public <T> Optional<T> find(Setting<T> setting) {
        return Optional.ofNullable((T) values.get(setting.key()));
    }

    /** Where a setting's value came from: "default", a file, an environment variable or a command-line flag. */
    public String sourceOf(Setting<?> setting) {
        return sources.getOrDefault(setting.key(), "unset");
    }

    /** Every {@code kafka.*} key with the prefix removed, e.g. {@code security.protocol}; given to every Kafka client. */
    public Map<String, String> kafkaProperties() {
        return kafka;
    }

    /** Every {@code serde.*} key with the prefix removed; given to the Avro serde (Confluent key names). */
    public Map<String, String> serdeProperties() {
        return serde;
    }

    /** A copy with one more value, for code paths that derive a setting (e.g. a port chosen at start-up). */
    public <T> Config with(Setting<T> setting, T value, String source) {
        Map<String, Object> v = new HashMap<>(values);
        Map<String, String> s = new HashMap<>(sources);
        v.put(setting.key(), value);
        s.put(setting.key(), source);
        Map<String, String> k = new LinkedHashMap<>(kafka);
        if (setting.key().startsWith(ConfigLoader.KAFKA_PREFIX)) {
            k.put(setting.key().substring(ConfigLoader.KAFKA_PREFIX.length()), setting.type().format(value));
        }
        return new Config(v, s, k, serde);
    }
}
