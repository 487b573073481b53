package io.newswire.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TextCleanerWordsTest {

    /** A word: a run of characters that are neither controls, spaces, no-break nor typographic spaces. */
    private static final Pattern WORD = Pattern.compile("[^\\x00-\\x20\\u00A0\\u2000-\\u200B\\u3000]+");

    @Test
    void countsRunsBetweenSpaces() {
        assertThat(TextCleaner.words("")).isZero();
        assertThat(TextCleaner.words("  one\ttwo\u00A0three\u2003four\u3000five  ")).isEqualTo(5);
        assertThat(TextCleaner.words("x".repeat(500) + " y")).isEqualTo(1);
    }

    @Test
    void countsTwoWideCharactersAsAWord() {
        assertThat(TextCleaner.words("東京都北京上海")).isEqualTo(3);
        assertThat(TextCleaner.words("서울에서 회담이 열렸다")).isEqualTo(5);
        assertThat(TextCleaner.words("Tokyo — 東京")).isEqualTo(3);
    }

    @Test
    void noIdeographBelowU3000() {
        for (int c = 0; c < 0x3000; c++) {
            assertThat(Character.isIdeographic(c)).as("U+%04X", c).isFalse();
        }
    }

    @Test
    void sameAsAMatchPerWordInTheFirst400Characters() {
        String alphabet = "ab \t\n\u0001\u00A0\u00E9\u2000\u200B\u200C\u3000\u3007\u4E00\uAC00\u2014\u0416\uD83D\uDE00";
        Random random = new Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(random.nextBoolean() ? 30 : 600);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = sb.toString();
            String head = s.length() > 400 ? s.substring(0, 400) : s;
            int words = 0;
            for (Matcher m = WORD.matcher(head); m.find(); ) {
                words++;
            }
            long wide = head.chars().filter(c -> Character.isIdeographic(c) || c >= 0xAC00 && c <= 0xD7A3).count();
            assertThat(TextCleaner.words(s)).as(s).isEqualTo(Math.max(words, (int) (wide / 2)));
        }
    }
}
