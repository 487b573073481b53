package io.newswire.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

class SendFailuresTest {

    @Test
    void onlyTooLargeIsTheRecordsFault() {
        assertThat(SendFailures.isRecordTooLarge(new CompletionException(new RecordTooLargeException("x")))).isTrue();
        assertThat(SendFailures.isRecordTooLarge(new TimeoutException("broker down"))).isFalse();
        assertThat(SendFailures.isRecordTooLarge(new SerializationException("registry down"))).isFalse();
    }
}
