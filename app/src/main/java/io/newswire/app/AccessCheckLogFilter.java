package io.newswire.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import io.newswire.platform.clients.KafkaAccess;
import org.slf4j.Marker;

/**
 * Drops what Kafka's client logs on the thread of the start-up access check ({@link KafkaAccess}): a refused password
 * or an unreachable broker would otherwise add Kafka's own error lines and stack traces to the one clear message the
 * check gives. Kafka names an admin client's thread {@code kafka-admin-client-thread | <client id>}.
 */
public final class AccessCheckLogFilter extends TurboFilter {
    private static final String THREAD_SUFFIX = "| " + KafkaAccess.CLIENT_ID;

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        return Thread.currentThread().getName().endsWith(THREAD_SUFFIX) ? FilterReply.DENY : FilterReply.NEUTRAL;
    }
}
