package io.newswire.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BinarySnifferTest {

    @Test
    void knownSignaturesAreNamed() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13};
        assertThat(BinarySniffer.sniffBytes(png)).contains("PNG image");
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 'J', 'F', 'I', 'F'};
        assertThat(BinarySniffer.sniffBytes(jpeg)).contains("JPEG image");
        assertThat(BinarySniffer.sniffBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains("PDF");
    }

    @Test
    void nulBytesAreBinaryUnlessUtf16() {
        assertThat(BinarySniffer.sniffBytes(new byte[] {'a', 0, 'b'})).contains("NUL byte at offset 1");
        assertThat(BinarySniffer.sniffBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a', 0})).isNull();
        assertThat(BinarySniffer.sniffBytes("plain text".getBytes(StandardCharsets.US_ASCII))).isNull();
    }

    @Test
    void bytesFullOfControlCharactersAreBinary() {
        assertThat(BinarySniffer.sniffBytes(new byte[] {'a', 1, 2, 3, 4, 'b'})).contains("control characters");
        assertThat(BinarySniffer.sniffBytes("tab\tand\r\nnewlines\f".getBytes(StandardCharsets.US_ASCII))).isNull();
    }

    @Test
    void textFullOfControlCharactersIsBinary() {
        assertThat(BinarySniffer.sniffText("ab\u0001\u0002\u0003\u0004cd")).contains("control characters");
        assertThat(BinarySniffer.sniffText("a\u0000b")).contains("NUL");
        assertThat(BinarySniffer.sniffText("line one\r\n\tline two\f")).isNull();
        assertThat(BinarySniffer.sniffText("x".repeat(500) + "\u001b")).isNull();
    }
}
