package io.newswire.local;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class BrokerLogLevelsTest {

    private final LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();

    @Test
    void quietKeepsWarningsOfTheBrokerAndVerboseShowsInfo() {
        BrokerLogLevels.apply(false);
        assertThat(logback.getLogger("kafka.server.BrokerServer").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(logback.getLogger("org.apache.kafka.raft.KafkaRaftClient").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(logback.getLogger("org.apache.kafka.controller.QuorumController").getEffectiveLevel())
                .isEqualTo(Level.ERROR);

        BrokerLogLevels.apply(true);
        assertThat(logback.getLogger("kafka.server.BrokerServer").getEffectiveLevel()).isEqualTo(Level.INFO);
        assertThat(logback.getLogger("org.apache.kafka.controller.QuorumController").getEffectiveLevel())
                .isEqualTo(Level.INFO);

        BrokerLogLevels.apply(false);
        assertThat(logback.getLogger("kafka.server.BrokerServer").getEffectiveLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void theShutdownWarningIsDroppedAndOtherClientWarningsAreNot() {
        BrokerLogLevels.apply(false);
        Logger networkClient = logback.getLogger("org.apache.kafka.clients.NetworkClient");
        ListAppender<ILoggingEvent> seen = new ListAppender<>();
        seen.start();
        networkClient.addAppender(seen);
        networkClient.setAdditive(false); // keeps the test's own warning off the console
        try {
            networkClient.warn("[NodeToControllerChannelManager id=1 name=registration] "
                    + "Attempting to close NetworkClient that has already been closed.");
            networkClient.warn("[Producer clientId=p] Connection to node 1 could not be established.");
        } finally {
            networkClient.detachAppender(seen);
            networkClient.setAdditive(true);
        }

        assertThat(seen.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("[Producer clientId=p] Connection to node 1 could not be established.");
    }
}
