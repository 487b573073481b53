package io.newswire.serde;

import java.nio.ByteBuffer;
import java.util.HexFormat;

/**
 * The Confluent wire format: byte 0 is the magic byte {@code 0}, bytes 1-4 the schema id (big-endian int), the rest
 * the Avro binary encoding of the value with that schema.
 */
public final class WireFormat {

    /** The first byte of every payload. */
    public static final byte MAGIC_BYTE = 0;
    /** Magic byte and schema id: the bytes before the Avro data. */
    public static final int HEADER_SIZE = 1 + Integer.BYTES;

    private static final int SHOWN_BYTES = 16;

    private WireFormat() {
    }

    /**
     * The schema id a payload was written with.
     *
     * @throws WireFormatException if the payload is shorter than the header or does not start with magic byte 0
     */
    public static int schemaId(byte[] payload) {
        if (payload.length < HEADER_SIZE) {
            throw new WireFormatException("payload of " + payload.length + " bytes is too short for Confluent Avro"
                    + " wire format: it needs at least " + HEADER_SIZE + " (magic byte 0 and a 4-byte schema id)"
                    + (payload.length == 0 ? "" : "; bytes: " + firstBytes(payload)));
        }
        if (payload[0] != MAGIC_BYTE) {
            throw new WireFormatException(String.format("unknown magic byte 0x%02x: not Confluent Avro wire format"
                    + " (first bytes: %s)", payload[0], firstBytes(payload)));
        }
        return ByteBuffer.wrap(payload, 1, Integer.BYTES).getInt();
    }

    /** Writes the magic byte and {@code schemaId}, big-endian. */
    static void writeHeader(PayloadBuffer target, int schemaId) {
        target.write(MAGIC_BYTE);
        target.write(schemaId >>> 24);
        target.write(schemaId >>> 16);
        target.write(schemaId >>> 8);
        target.write(schemaId);
    }

    /** Up to the first 16 bytes in hex, for error messages about bytes that could be anything. */
    static String firstBytes(byte[] payload) {
        int shown = Math.min(payload.length, SHOWN_BYTES);
        String hex = HexFormat.ofDelimiter(" ").formatHex(payload, 0, shown);
        return payload.length > shown ? hex + " ... (" + payload.length + " bytes)" : hex;
    }
}
