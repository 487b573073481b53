package io.newswire.enrich.topology;

import org.apache.kafka.common.errors.SerializationException;

/** A serialized output larger than {@code enrich.max-output-bytes}; the production handler dead-letters it. */
public final class OversizeOutputException extends SerializationException {

    private static final long serialVersionUID = 1L;

    public OversizeOutputException(String topic, int size, long limit) {
        super("serialized record for " + topic + " is " + size + " bytes, more than enrich.max-output-bytes ("
                + limit + " bytes)");
    }
}
