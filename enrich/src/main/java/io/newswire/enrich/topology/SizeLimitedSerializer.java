package io.newswire.enrich.topology;

import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Fails with {@link OversizeOutputException} when a serialized value exceeds a limit. Checking the bytes the producer
 * will send costs no second serialization, and the failure reaches the production exception handler before the
 * record enters the transaction.
 */
final class SizeLimitedSerializer<T> implements Serializer<T> {

    private final Serializer<T> inner;
    private final long maxBytes;

    SizeLimitedSerializer(Serializer<T> inner, long maxBytes) {
        this.inner = inner;
        this.maxBytes = maxBytes;
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        inner.configure(configs, isKey);
    }

    @Override
    public byte[] serialize(String topic, T data) {
        return checked(topic, inner.serialize(topic, data));
    }

    @Override
    public byte[] serialize(String topic, Headers headers, T data) {
        return checked(topic, inner.serialize(topic, headers, data));
    }

    @Override
    public void close() {
        inner.close();
    }

    private byte[] checked(String topic, byte[] bytes) {
        if (bytes != null && bytes.length > maxBytes) {
            throw new OversizeOutputException(topic, bytes.length, maxBytes);
        }
        return bytes;
    }
}
