package io.newswire.ingest.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Decodes a file's bytes to text: a byte-order mark wins (UTF-8, UTF-16LE/BE), then strict UTF-8, otherwise the
 * charset juniversalchardet (Mozilla's detector) names. Decoding never substitutes characters: bytes that are not
 * valid in the chosen charset make the file undecodable, because a silently altered article is worse than a rejected
 * one.
 */
final class TextDecoder {

    DecodedText decode(byte[] bytes) throws UndecodableException {
        DecodedText withBom = decodeWithBom(bytes);
        if (withBom != null) {
            return withBom;
        }
        Utf8.Scan scan = Utf8.scan(bytes, 0);
        if (scan.valid()) {
            return new DecodedText(new String(bytes, StandardCharsets.UTF_8), StandardCharsets.UTF_8,
                    DecodedText.Source.VALID_UTF8);
        }
        if (scan.multiByteSequences() > 0) {
            throw new UndecodableException("the text is UTF-8 but the byte at offset " + scan.firstInvalid()
                    + " (0x" + Integer.toHexString(bytes[scan.firstInvalid()] & 0xFF) + ") is not valid UTF-8");
        }
        Charset detected = detect(bytes);
        return new DecodedText(strict(bytes, 0, detected), detected, DecodedText.Source.DETECTED);
    }

    private static DecodedText decodeWithBom(byte[] b) throws UndecodableException {
        Charset cs = null;
        int skip = 0;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            cs = StandardCharsets.UTF_8;
            skip = 3;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            cs = StandardCharsets.UTF_16BE;
            skip = 2;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            cs = StandardCharsets.UTF_16LE;
            skip = 2;
        }
        return cs == null ? null : new DecodedText(strict(b, skip, cs), cs, DecodedText.Source.BOM);
    }

    private static Charset detect(byte[] bytes) throws UndecodableException {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, bytes.length);
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            throw new UndecodableException("the bytes are neither UTF-8 nor a character encoding the detector recognises");
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            throw new UndecodableException("the detected encoding " + name + " is not supported by this Java runtime");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset cs) throws UndecodableException {
        try {
            return cs.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new UndecodableException("the bytes are not valid " + cs.name() + ": " + e.getMessage());
        }
    }
}
