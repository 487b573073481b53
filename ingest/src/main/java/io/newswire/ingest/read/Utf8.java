package io.newswire.ingest.read;

/**
 * A strict UTF-8 check in one pass (no overlong forms, no surrogates, nothing above U+10FFFF: what Java's decoder
 * rejects), which also tells whether the bytes contain real multi-byte sequences: text that does, yet has an invalid
 * byte, is damaged UTF-8, not a legacy encoding, and guessing a legacy charset for it would produce mojibake.
 */
final class Utf8 {
    private Utf8() {
    }

    /** Result of a scan: {@code firstInvalid} is -1 for valid UTF-8. */
    record Scan(int firstInvalid, int multiByteSequences) {
        boolean valid() {
            return firstInvalid < 0;
        }
    }

    static Scan scan(byte[] b, int from) {
        int multi = 0;
        int i = from;
        int n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                len = 2;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                len = 3;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                len = 4;
                min = 0x10000;
            } else {
                return new Scan(i, multi);
            }
            if (i + len > n) {
                return new Scan(i, multi);
            }
            int cp = c & (0xFF >> (len + 1));
            for (int k = 1; k < len; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return new Scan(i, multi);
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
                return new Scan(i, multi);
            }
            multi++;
            i += len;
        }
        return new Scan(-1, multi);
    }
}
