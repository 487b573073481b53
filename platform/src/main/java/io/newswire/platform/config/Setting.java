package io.newswire.platform.config;

import java.util.Locale;
import java.util.Objects;

/**
 * One documented configuration key of a service: its name, type, default and meaning.
 * The environment variable is derived from the key ({@code inbox.stable-time} is {@code NEWSWIRE_INBOX_STABLE_TIME}),
 * so every key is documented exactly once, here.
 *
 * @param key          dotted key used in config files and {@code --set key=value}
 * @param type         how the value is parsed
 * @param defaultValue value when no source sets it; null means the key is optional
 * @param doc          one sentence for the configuration table
 * @param secret       true for passwords and tokens: their values are never printed or logged
 */
public record Setting<T>(String key, ValueType<T> type, T defaultValue, String doc, boolean secret) {

    public static final String ENV_PREFIX = "NEWSWIRE_";

    public Setting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(doc, "doc");
    }

    public static <T> Setting<T> of(String key, ValueType<T> type, T defaultValue, String doc) {
        return new Setting<>(key, type, defaultValue, doc, false);
    }

    public static <T> Setting<T> secret(String key, ValueType<T> type, String doc) {
        return new Setting<>(key, type, null, doc, true);
    }

    /** The environment variable that sets this key. */
    public String envName() {
        return envNameOf(key);
    }

    static String envNameOf(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The default as text, for help and documentation. */
    public String defaultText() {
        return defaultValue == null ? "" : type.format(defaultValue);
    }
}
