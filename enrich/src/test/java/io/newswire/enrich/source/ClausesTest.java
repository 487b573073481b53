package io.newswire.enrich.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ClausesTest {

    /** The regular expressions the hand scanners replace. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;](?=\\s|$)");
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}'-]+");

    @Test
    void clausesEndAtAStopBeforeSpaceOrTheEnd() {
        assertThat(Clauses.last("He left. Then, according to ")).isEqualTo(" Then, according to ");
        assertThat(Clauses.last("U.N. officials said, citing ")).isEqualTo(" officials said, citing ");
        assertThat(Clauses.last("no stop here ")).isEqualTo("no stop here ");
        assertThat(Clauses.first(" reported. Later")).isEqualTo(" reported");
        assertThat(Clauses.first(" said 3.5 million.")).isEqualTo(" said 3.5 million");
    }

    @Test
    void wordsAreLowerCaseWithElidedArticlesApart() {
        assertThat(Clauses.firstWords("Selon l'AFP, d’après", 10)).containsExactly("selon", "l'", "d'après");
        assertThat(Clauses.firstWords(" reported on Tuesday that", 2)).containsExactly("reported", "on");
        assertThat(Clauses.lastWords("He said, according to the ", 3)).containsExactly("according", "to", "the");
        assertThat(Clauses.lastWords("ITAR-TASS", 3)).containsExactly("itar-tass");
    }

    @Test
    void matchTheRegularExpressionsOnRandomText() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            String s = RandomText.of(random, 12);
            assertThat(Clauses.last(s)).as("last clause of [%s]", s).isEqualTo(lastClause(s));
            assertThat(Clauses.first(s)).as("first clause of [%s]", s).isEqualTo(firstClause(s));
            List<String> words = words(s);
            int max = random.nextInt(8);
            assertThat(Clauses.firstWords(s, max)).as("first words of [%s]", s)
                    .isEqualTo(words.subList(0, Math.min(max, words.size())));
            assertThat(Clauses.lastWords(s, max)).as("last words of [%s]", s)
                    .isEqualTo(words.subList(Math.max(0, words.size() - max), words.size()));
        }
    }

    private static String lastClause(String before) {
        Matcher m = SENTENCE_END.matcher(before);
        int cut = 0;
        while (m.find()) {
            cut = m.end();
        }
        return before.substring(cut);
    }

    private static String firstClause(String after) {
        Matcher m = SENTENCE_END.matcher(after);
        return m.find() ? after.substring(0, m.start()) : after;
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String p : WORD_SEPARATORS.split(s.toLowerCase(Locale.ROOT).replace('’', '\''))) {
            if (!p.isEmpty()) {
                out.add(p.startsWith("l'") && p.length() > 2 ? "l'" : p);
            }
        }
        return out;
    }
}
