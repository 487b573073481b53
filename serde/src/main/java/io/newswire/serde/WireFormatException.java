package io.newswire.serde;

import org.apache.kafka.common.errors.SerializationException;

/** Bytes that are not in the Confluent Avro wire format: too short, or not starting with magic byte 0. */
public class WireFormatException extends SerializationException {

    private static final long serialVersionUID = 1L;

    public WireFormatException(String message) {
        super(message);
    }
}
