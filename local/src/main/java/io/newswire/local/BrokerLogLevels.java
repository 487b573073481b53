package io.newswire.local;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

/**
 * Turns the embedded broker's own logging down to warnings, or up to INFO when asked for verbose output.
 *
 * <p>The broker logs through SLF4J at INFO by default, dozens of lines a second while it starts. Levels can only be
 * set through the backend: this class does so when the backend is Logback (the application's and the tests'), and
 * leaves any logger that the Logback configuration names explicitly alone, so a {@code logback.xml} always has the last
 * word. With another backend its configuration alone decides. The {@code org.apache.kafka} logger also covers the Kafka
 * clients of the same JVM, which is what one wants in local mode and tests.
 */
final class BrokerLogLevels {

    /** Loggers of the broker's and controller's code: the Scala core, the Java server modules, the config dump. */
    private static final List<String> BROKER_LOGGERS = List.of("kafka", "state.change.logger", "org.apache.kafka");
    /**
     * Loggers that warn in every normal life of a development broker: that Log4j Core is absent (on purpose, see the
     * pom), and that a new cluster's metadata log is empty.
     */
    private static final List<String> ROUTINE_WARNINGS = List.of(
            "org.apache.kafka.server.logger.LoggingController", "org.apache.kafka.controller.QuorumController");

    private BrokerLogLevels() {
    }

    static void apply(boolean verbose) {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        // Compared by name and cast in the nested class, so that no Logback class loads when Logback is absent.
        if ("ch.qos.logback.classic.LoggerContext".equals(factory.getClass().getName())) {
            Logback.apply(factory, verbose);
        }
    }

    private static final class Logback {
        /** Loggers whose level this class set, so that a later broker with another verbosity may change it again. */
        private static final Set<String> SET_BY_US = ConcurrentHashMap.newKeySet();
        private static final AtomicBoolean SHUTDOWN_NOISE_FILTERED = new AtomicBoolean();

        static void apply(ILoggerFactory factory, boolean verbose) {
            LoggerContext context = (LoggerContext) factory;
            if (SHUTDOWN_NOISE_FILTERED.compareAndSet(false, true)) {
                ShutdownNoiseFilter filter = new ShutdownNoiseFilter();
                filter.start();
                context.addTurboFilter(filter);
            }
            for (String name : BROKER_LOGGERS) {
                setUnlessConfigured(context.getLogger(name), verbose ? Level.INFO : Level.WARN);
            }
            for (String name : ROUTINE_WARNINGS) {
                setUnlessConfigured(context.getLogger(name), verbose ? Level.INFO : Level.ERROR);
            }
        }

        private static void setUnlessConfigured(Logger logger, Level level) {
            if (logger.getLevel() == null || SET_BY_US.contains(logger.getName())) {
                logger.setLevel(level);
                SET_BY_US.add(logger.getName());
            }
        }

        /**
         * Drops the one warning every broker shutdown logs: the broker closes its registration channel twice. It comes
         * through the logger that Kafka clients warn through too, so it is filtered by its text rather than by level.
         */
        private static final class ShutdownNoiseFilter extends TurboFilter {
            private static final String LOGGER = "org.apache.kafka.clients.NetworkClient";
            private static final String MESSAGE = "Attempting to close NetworkClient that has already been closed";

            @Override
            public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
                return LOGGER.equals(logger.getName()) && format != null && format.contains(MESSAGE)
                        ? FilterReply.DENY : FilterReply.NEUTRAL;
            }
        }
    }
}
