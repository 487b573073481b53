package io.newswire.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private final TextDecoder decoder = new TextDecoder();

    @Test
    void validUtf8IsTakenAsIs() throws Exception {
        DecodedText d = decoder.decode("Grüße aus Köln — 東京".getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo("Grüße aus Köln — 東京");
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(d.source()).isEqualTo(DecodedText.Source.VALID_UTF8);
    }

    @Test
    void utf8BomIsDroppedAndRecorded() throws Exception {
        DecodedText d = decoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "héllo".getBytes(StandardCharsets.UTF_8)));
        assertThat(d.text()).isEqualTo("héllo");
        assertThat(d.source()).isEqualTo(DecodedText.Source.BOM);
        assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void utf16WithBomBothByteOrders() throws Exception {
        DecodedText le = decoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Привет".getBytes(StandardCharsets.UTF_16LE)));
        assertThat(le.text()).isEqualTo("Привет");
        assertThat(le.charset().name()).isEqualTo("UTF-16LE");
        assertThat(le.source()).isEqualTo(DecodedText.Source.BOM);
        DecodedText be = decoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Привет".getBytes(StandardCharsets.UTF_16BE)));
        assertThat(be.text()).isEqualTo("Привет");
        assertThat(be.charset().name()).isEqualTo("UTF-16BE");
    }

    @Test
    void windows1252IsDetected() throws Exception {
        String text = "Le président a déclaré que l'économie française était « en crise » – mais ça ira.";
        DecodedText d = decoder.decode(text.getBytes(Charset.forName("windows-1252")));
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset().name()).isEqualTo("windows-1252");
        assertThat(d.source()).isEqualTo(DecodedText.Source.DETECTED);
    }

    @Test
    void damagedUtf8IsUndecodableWithTheOffset() {
        byte[] good = "Grüße ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(good, new byte[] {(byte) 0xC3, 0x28, 'x'});
        assertThatThrownBy(() -> decoder.decode(bytes))
                .isInstanceOf(UndecodableException.class)
                .hasMessageContaining("offset " + good.length);
    }

    @Test
    void overlongAndSurrogateSequencesAreNotUtf8() {
        assertThat(Utf8.scan(new byte[] {(byte) 0xC0, (byte) 0xAF}, 0).valid()).isFalse();
        assertThat(Utf8.scan(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, 0).valid()).isFalse();
        assertThat(Utf8.scan(new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, 0).valid()).isFalse();
        assertThat(Utf8.scan("😀".getBytes(StandardCharsets.UTF_8), 0).valid()).isTrue();
    }

    @Test
    void bytesNoDetectorRecognisesAreUndecodable() {
        byte[] bytes = {'a', 'b', (byte) 0x81, (byte) 0x8D, (byte) 0x8F};
        assertThatThrownBy(() -> decoder.decode(bytes)).isInstanceOf(UndecodableException.class);
    }

    static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
