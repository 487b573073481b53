package io.newswire.serde;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte buffer for building one payload. Unlike {@link java.io.ByteArrayOutputStream} it does not lock on
 * every write: Avro's direct encoder writes each field separately, and those locks were a measurable share of the
 * encoding cost of a typical article.
 */
final class PayloadBuffer extends OutputStream {

    private byte[] bytes;
    private int size;

    PayloadBuffer(int initialCapacity) {
        bytes = new byte[Math.max(initialCapacity, 16)];
    }

    @Override
    public void write(int b) {
        ensureCapacity(size + 1);
        bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] source, int offset, int length) {
        ensureCapacity(size + length);
        System.arraycopy(source, offset, bytes, size, length);
        size += length;
    }

    /** A copy of what was written, exactly as long as that. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensureCapacity(int needed) {
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }
    }
}
