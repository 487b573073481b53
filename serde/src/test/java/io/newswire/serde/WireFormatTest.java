package io.newswire.serde;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WireFormatTest {

    @Test
    void headerIsMagicByteZeroThenTheIdBigEndian() {
        PayloadBuffer out = new PayloadBuffer(0);
        WireFormat.writeHeader(out, 0x12345678);
        assertThat(out.toByteArray()).containsExactly(0x00, 0x12, 0x34, 0x56, 0x78);
    }

    @Test
    void readsTheIdBigEndian() {
        assertThat(WireFormat.schemaId(new byte[] {0, 0, 0, 1, 0x2c, 42})).isEqualTo(300);
        assertThat(WireFormat.schemaId(new byte[] {0, 0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff})).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void rejectsAnotherMagicByteShowingTheFirstBytes() {
        byte[] json = "{\"id\":\"abc\",\"title\":\"not avro at all\"}".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> WireFormat.schemaId(json))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("unknown magic byte 0x7b: not Confluent Avro wire format (first bytes:"
                        + " 7b 22 69 64 22 3a 22 61 62 63 22 2c 22 74 69 74 ... (38 bytes))");
    }

    @Test
    void rejectsPayloadsShorterThanTheHeader() {
        assertThatThrownBy(() -> WireFormat.schemaId(new byte[] {0, 0, 1}))
                .isInstanceOf(WireFormatException.class)
                .hasMessage("payload of 3 bytes is too short for Confluent Avro wire format: it needs at least 5"
                        + " (magic byte 0 and a 4-byte schema id); bytes: 00 00 01");
        assertThatThrownBy(() -> WireFormat.schemaId(new byte[0]))
                .isInstanceOf(WireFormatException.class)
                .hasMessageStartingWith("payload of 0 bytes is too short");
    }
}
