package io.newswire.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.serde.WireFormatException;
import io.newswire.serde.registry.RegistryResponseException;
import io.newswire.serde.registry.RegistryUnreachableException;
import io.newswire.serde.registry.UnknownSchemaIdException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.streams.errors.StreamsException;
import org.junit.jupiter.api.Test;

/** Which failures dead-letter a record and which retry or stop: a registry outage must not empty news.raw into news.dlq. */
class RecordFailuresTest {
    private static final String REGISTRY = "http://registry:8081";

    @Test
    void badBytesAndUnknownSchemaIdsAreTheRecordsFault() {
        assertThat(RecordFailures.isRecordFault(new WireFormatException("unknown magic byte 0x07"))).isTrue();
        assertThat(RecordFailures.isRecordFault(new UnknownSchemaIdException(REGISTRY, 999_999, null))).isTrue();
        assertThat(RecordFailures.isRecordFault(new SerializationException("cannot decode Avro payload"))).isTrue();
    }

    @Test
    void registryTroubleIsNotTheRecordsFault() {
        var unreachable = new RegistryUnreachableException(REGISTRY, "connection refused", null);
        var unauthorized = new RegistryResponseException(REGISTRY, "GET /schemas/ids/1", 401, 401, "Unauthorized");
        var down = new RegistryResponseException(REGISTRY, "GET /schemas/ids/1", 503, 503, "Unavailable");

        assertThat(RecordFailures.isRecordFault(unreachable)).isFalse();
        assertThat(RecordFailures.isRecordFault(unauthorized)).isFalse();
        assertThat(RecordFailures.isTransient(new StreamsException(unreachable))).isTrue();
        assertThat(RecordFailures.isTransient(new StreamsException(down))).isTrue();
        assertThat(RecordFailures.isTransient(new StreamsException(unauthorized))).isFalse();
        assertThat(RecordFailures.isTransient(new StreamsException(new TimeoutException("broker away")))).isTrue();
    }

    @Test
    void describesAnErrorWithItsCausesOnce() {
        var error = new StreamsException("task failed",
                new SerializationException("bad bytes", new IllegalStateException("bad bytes")));

        assertThat(RecordFailures.describe(error)).isEqualTo("task failed; caused by bad bytes");
    }
}
