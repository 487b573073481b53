package io.newswire.sink;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.StreamsException;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

/** What the sink does when a stream thread dies: replace it after a transient error, stop after any other. */
class SinkServiceTest {

    @Test
    void aTransientErrorCostsOnlyTheThread() {
        Throwable brokerAway = new StreamsException("commit failed", new TimeoutException("no broker answered"));
        assertThat(SinkService.onStreamThreadError(brokerAway)).isEqualTo(StreamThreadExceptionResponse.REPLACE_THREAD);
    }

    @Test
    void anyOtherErrorStopsTheSink() {
        Throwable bug = new StreamsException("store failed", new IllegalStateException("corrupt state"));
        assertThat(SinkService.onStreamThreadError(bug)).isEqualTo(StreamThreadExceptionResponse.SHUTDOWN_CLIENT);
    }
}
