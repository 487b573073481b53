package io.newswire.ingest.read;

import java.util.List;

/**
 * Tells binary data from text: well-known file signatures (an image or a PDF renamed to .txt), NUL bytes in a file
 * without a UTF-16 byte-order mark, and decoded text that is mostly control characters.
 */
final class BinarySniffer {
    /** Above this share of control characters (other than tab, newlines and form feed) text is taken as binary. */
    private static final double MAX_CONTROL_SHARE = 0.01;

    private record Signature(String name, int offset, byte[] magic) {
        boolean matches(byte[] b) {
            if (b.length < offset + magic.length) {
                return false;
            }
            for (int i = 0; i < magic.length; i++) {
                if (b[offset + i] != magic[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final List<Signature> SIGNATURES = List.of(
            sig("a PNG image", 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
            sig("a JPEG image", 0, 0xFF, 0xD8, 0xFF),
            sig("a GIF image", 0, 'G', 'I', 'F', '8'),
            sig("a WebP image", 8, 'W', 'E', 'B', 'P'),
            sig("a TIFF image", 0, 'I', 'I', 0x2A, 0x00),
            sig("a TIFF image", 0, 'M', 'M', 0x00, 0x2A),
            sig("a PDF document", 0, '%', 'P', 'D', 'F', '-'),
            sig("a ZIP archive (or an Office document)", 0, 'P', 'K', 0x03, 0x04),
            sig("a legacy Office document", 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1),
            sig("a gzip archive", 0, 0x1F, 0x8B),
            sig("a 7-Zip archive", 0, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C),
            sig("a RAR archive", 0, 'R', 'a', 'r', '!', 0x1A, 0x07),
            sig("an executable", 0, 0x7F, 'E', 'L', 'F'),
            sig("a Java class file", 0, 0xCA, 0xFE, 0xBA, 0xBE));

    private BinarySniffer() {
    }

    private static Signature sig(String name, int offset, int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return new Signature(name, offset, b);
    }

    /**
     * Why the raw bytes look binary, or null when they may be text. Without a UTF-16 byte-order mark the charset is
     * ASCII-compatible, so control characters are single bytes and are counted here, in one pass over the bytes.
     */
    static String sniffBytes(byte[] b) {
        for (Signature s : SIGNATURES) {
            if (s.matches(b)) {
                return "the file starts like " + s.name();
            }
        }
        if (hasUtf16Bom(b)) {
            return null;
        }
        int controls = 0;
        for (int i = 0; i < b.length; i++) {
            int c = b[i];
            if (c == 0) {
                return "NUL byte at offset " + i;
            }
            if (isControl(c)) {
                controls++;
            }
        }
        return tooManyControls(controls, b.length);
    }

    /** Why decoded text looks binary, or null when it is text: for UTF-16, whose bytes say nothing by themselves. */
    static String sniffText(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return "NUL character at position " + i;
            }
            if (isControl(c)) {
                controls++;
            }
        }
        return tooManyControls(controls, text.length());
    }

    /** C0 controls and DEL, except tab, line feed, carriage return and form feed. */
    private static boolean isControl(int c) {
        return (c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F;
    }

    private static String tooManyControls(int controls, int length) {
        return controls > Math.max(1, length * MAX_CONTROL_SHARE)
                ? controls + " of " + length + " characters are control characters" : null;
    }

    private static boolean hasUtf16Bom(byte[] b) {
        return b.length >= 2 && ((b[0] == (byte) 0xFE && b[1] == (byte) 0xFF) || (b[0] == (byte) 0xFF && b[1] == (byte) 0xFE));
    }
}
