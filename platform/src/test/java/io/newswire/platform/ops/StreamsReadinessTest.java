package io.newswire.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

class StreamsReadinessTest {
    private final StreamsReadiness readiness = new StreamsReadiness("streams");

    @Test
    void readyWhileRunningAndThroughARebalanceOfARunningApp() {
        assertThat(readiness.check().ready()).as("CREATED").isFalse();
        readiness.onChange(State.REBALANCING, State.CREATED);
        assertThat(readiness.check().ready()).as("the first rebalance: no partitions yet").isFalse();
        readiness.onChange(State.RUNNING, State.REBALANCING);
        assertThat(readiness.check()).isEqualTo(Readiness.ready("Kafka Streams state RUNNING"));
        readiness.onChange(State.REBALANCING, State.RUNNING);
        assertThat(readiness.check().ready()).as("a later rebalance").isTrue();
    }

    @Test
    void notReadyOnceStoppingOrFailed() {
        readiness.onChange(State.RUNNING, State.REBALANCING);
        readiness.onChange(State.PENDING_ERROR, State.RUNNING);
        assertThat(readiness.check().ready()).isFalse();
        readiness.onChange(State.REBALANCING, State.PENDING_ERROR);
        assertThat(readiness.check().ready()).as("not since it failed").isFalse();
        readiness.onChange(State.PENDING_SHUTDOWN, State.REBALANCING);
        assertThat(readiness.check()).isEqualTo(Readiness.notReady("Kafka Streams state PENDING_SHUTDOWN"));
    }
}
