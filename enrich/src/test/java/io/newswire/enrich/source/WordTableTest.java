package io.newswire.enrich.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
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
}
