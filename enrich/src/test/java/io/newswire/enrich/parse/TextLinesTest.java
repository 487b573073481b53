package io.newswire.enrich.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextLinesTest {

    @Test
    void linesAsASplitGivesThem() {
        Random random = new Random(3);
        String alphabet = "ab \n\r\t\u2003";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(20);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            String[] expected = text.split("\r?\n|\r", -1);
            TextLines lines = new TextLines(text);
            List<String> actual = new ArrayList<>();
            for (int i = 0; lines.has(i); i++) {
                actual.add(lines.get(i));
                boolean nonBlankAfter = false;
                for (int j = i + 1; j < expected.length; j++) {
                    nonBlankAfter |= !expected[j].isBlank();
                }
                assertThat(lines.nonBlankAfter(i)).as(text + " line " + i).isEqualTo(nonBlankAfter);
            }
            assertThat(actual).as(text).containsExactly(expected);
            for (int from = 0; from <= expected.length; from++) {
                StringBuilder body = new StringBuilder();
                for (int j = from; j < expected.length; j++) {
                    body.append(expected[j]).append('\n');
                }
                assertThat(new TextLines(text).from(from)).as(text + " from " + from).isEqualTo(body.toString());
            }
        }
    }
}
