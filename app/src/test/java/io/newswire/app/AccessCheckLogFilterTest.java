package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.spi.FilterReply;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class AccessCheckLogFilterTest {
    final AccessCheckLogFilter filter = new AccessCheckLogFilter();
    final ch.qos.logback.classic.Logger networkClient =
            new LoggerContext().getLogger("org.apache.kafka.clients.NetworkClient");

    @Test
    void dropsWhatKafkaLogsOnTheAccessChecksClientThreadOnly() throws InterruptedException {
        assertThat(decideOn("kafka-admin-client-thread | newswire-access-check")).isEqualTo(FilterReply.DENY);
        assertThat(decideOn("kafka-admin-client-thread | newswire-admin")).isEqualTo(FilterReply.NEUTRAL);
        assertThat(decideOn("main")).isEqualTo(FilterReply.NEUTRAL);
    }

    private FilterReply decideOn(String threadName) throws InterruptedException {
        AtomicReference<FilterReply> reply = new AtomicReference<>();
        Thread t = new Thread(() -> reply.set(filter.decide(null, networkClient, Level.ERROR,
                "Connection to node {} failed authentication", new Object[] {-1}, null)), threadName);
        t.start();
        t.join();
        return reply.get();
    }
}
