package io.newswire.enrich.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WordTableTest {

    @Test
    void findsWordsInAnyCaseAndWithoutPossessive() {
        WordTable<String> table = new WordTable<>();
        table.put("reuters", "R");
        table.put("тасс", "T");
        Tokens tokens = Tokens.of("REUTERS, Reuters' and Reuters's ТАСС Tass");
        assertThat(table.get(tokens, 0)).isEqualTo("R");
        assertThat(table.get(tokens, 1)).isEqualTo("R");
        assertThat(table.get(tokens, 3)).isNull();
        assertThat(table.getWithoutPossessive(tokens, 3)).isEqualTo("R");
        assertThat(table.get(tokens, 4)).isEqualTo("T");
        assertThat(table.get(tokens, 5)).isNull();
        assertThat(table.get("reuters")).isEqualTo("R");
    }

    @Test
    void agreesWithAMapOfLowerCaseWordsWhenGrown() {
        Random random = new Random(3);
        WordTable<Integer> table = new WordTable<>();
        Map<String, Integer> map = new HashMap<>();
        for (int i = 0; i < 2_000; i++) {
            String word = Tokens.of(RandomText.of(random, 3) + "x").lower(0);
            table.put(word, i);
            map.put(word, i);
        }
        for (int i = 0; i < 20_000; i++) {
            Tokens tokens = Tokens.of(RandomText.of(random, 6));
            for (int t = 0; t < tokens.size(); t++) {
                assertThat(table.get(tokens, t)).as(tokens.text(t)).isEqualTo(map.get(tokens.lower(t)));
                if (tokens.endsPossessive(t)) {
                    assertThat(table.getWithoutPossessive(tokens, t)).isEqualTo(map.get(tokens.lowerWithoutPossessive(t)));
                }
            }
        }
    }

    @Test
    void aSmallTableAgreesWithAMapOfLowerCaseWordsOnWordsThatShareItsFirstLetters() {
        Random random = new Random(9);
        String[] keys = {"the", "th", "t", "times", "tass", "n-tv", "dpa", "ap", "a", "kremlin.ru", "l'express", "тасс", "ſu",
            "in", "ın", "x", "xinhua"};
        WordTable<String> table = new WordTable<>();
        Map<String, String> map = new HashMap<>();
        for (String key : keys) {
            table.put(key, key);
            map.put(key, key);
        }
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder(RandomText.of(random, 2));
            for (int w = 0; w < 4; w++) {
                String key = keys[random.nextInt(keys.length)];
                text.append(random.nextBoolean() ? key.toUpperCase(Locale.ROOT) : key).append(RandomText.of(random, 2));
            }
            Tokens tokens = Tokens.of(text.toString());
            for (int t = 0; t < tokens.size(); t++) {
                assertThat(table.get(tokens, t)).as(tokens.text(t)).isEqualTo(map.get(tokens.lower(t)));
                if (tokens.endsPossessive(t)) {
                    assertThat(table.getWithoutPossessive(tokens, t)).isEqualTo(map.get(tokens.lowerWithoutPossessive(t)));
                }
            }
        }
    }
}
