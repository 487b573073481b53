package io.newswire.platform.config;

/**
 * A configuration value that cannot be used. The message is meant for the person who wrote it: it names the key,
 * where the value came from and the expected form. The CLI prints it on one line and exits with code 2.
 */
public class ConfigException extends RuntimeException {

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }

    static ConfigException invalid(Setting<?> setting, String value, String source) {
        String shown = setting.secret() ? "(hidden)" : "'" + value + "'";
        return new ConfigException("invalid value " + shown + " for " + setting.key() + " (from " + source
                + "): expected " + setting.type().expected());
    }
}
