package io.newswire.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Phrase matching by word numbers, given as the text is tokenized, finds what matching by stems found. */
class PhraseMatcherTest {

    private static final String[] PHRASES = {"Kim", "Kim Jong Un", "North Korea", "the North", "US", "Moon",
        "special military operation", "dictator", "brutal dictators", "so-called", "not", "very", "Russia's government",
        "U.S.", "9/11", "says", "said"};
    private static final String[] WORDS = {"Kim", "kim", "KIM", "Jong", "Un", "un", "North", "north", "Korea", "Korea's",
        "the", "The", "US", "us", "Us", "Moon", "moon", "special", "military", "operations", "operation", "dictator",
        "dictators", "brutal", "Brutal", "so-called", "not", "isn't", "very", "Russia's", "government", "U.S.", "9/11",
        "says", "said", "\n", ",", "\"", "Putin"};

    @Test
    void matchesTheSamePhrasesAsComparingStems() {
        PhraseWords words = new PhraseWords();
        PhraseMatcher<Integer> numbered = new PhraseMatcher<>(words);
        PhraseMatcher<Integer> other = new PhraseMatcher<>(words);
        StringPhraseMatcher<Integer> reference = new StringPhraseMatcher<>();
        for (int p = 0; p < PHRASES.length; p++) {
            boolean capitalRules = p % 2 == 0;
            numbered.add(PHRASES[p], capitalRules, p);
            reference.add(PHRASES[p], capitalRules, p);
        }
        other.add("the West", true, -1); // another matcher on the same words
        Random random = new Random(7);
        int found = 0;
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            List<Token> toks = Tokenizer.tokenize(sb.toString(), words);
            for (int i = 0; i < toks.size(); i++) {
                PhraseMatcher.Phrase<Integer> hit = numbered.match(toks, i);
                Integer expected = reference.match(toks, i);
                assertThat(hit == null ? null : hit.value).as("%s at %d", sb, i).isEqualTo(expected);
                found += expected == null ? 0 : 1;
            }
        }
        assertThat(found).isGreaterThan(1_000);
    }

    @Test
    void tokensNotNumberedMatchNothing() {
        PhraseMatcher<String> matcher = new PhraseMatcher<>(new PhraseWords());
        matcher.add("dictator", false, "x");
        assertThat(matcher.match(Tokenizer.tokenize("dictator"), 0)).isNull();
    }
}
