package io.newswire.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.CommonSettings.LogFormat;
import io.newswire.platform.config.Config;
import org.slf4j.LoggerFactory;

/** Applies log settings that are only known once the configuration is resolved (log.format=json). */
public final class LogSetup {
    private LogSetup() {
    }

    /**
     * Keeps only errors of the Kafka clients: for one-shot commands that report an unreachable cluster themselves,
     * once, instead of a warning per connection attempt.
     */
    public static void quietKafkaClients() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
            context.getLogger("org.apache.kafka").setLevel(Level.ERROR);
        }
    }

    static void apply(Config config) {
        if (config.get(CommonSettings.LOG_FORMAT) != LogFormat.JSON
                || !(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        JsonEncoder encoder = new JsonEncoder();
        encoder.setContext(context);
        encoder.setWithSequenceNumber(false);
        encoder.setWithNanoseconds(false);
        encoder.setWithContext(false);
        // The message as a person reads it, not the template with its arguments apart.
        encoder.setWithFormattedMessage(true);
        encoder.setWithMessage(false);
        encoder.setWithArguments(false);
        encoder.start();
        ConsoleAppender<ILoggingEvent> json = new ConsoleAppender<>();
        json.setContext(context);
        json.setName("JSON");
        json.setTarget("System.err");
        json.setEncoder(encoder);
        json.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.detachAndStopAllAppenders();
        root.addAppender(json);
    }
}
