package io.newswire.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Words found straight from the text come out as the tokenizer would have built them, with their stem's number. */
class PhraseWordsTest {

    private static final PhraseWords WORDS = StanceSteps.TAGGER.phraseWords;
    private static final String[] PIECES = {"the", "The", "THE", "not", "Not", "isn't", "dictator", "Dictators",
        "DICTATOR", "regime", "regimes", "Kim", "KIM", "Kim's", "Russia’s", "Putin", "said", "says", "U.S.", "US", "us",
        "9/11", "2024", "O'Shea", "so-called", "Zürich", "naïve", "ΣΟΦΟΣ", "İstanbul", "propaganda", "Propagandists",
        "brutal", "heroic", "\n", ", ", ". ", "\"", "“", "”", "—", "http://x.com/a", "@handle", "#tag", "..."};

    @Test
    void numberedTokensEqualPlainTokens() {
        Random random = new Random(11);
        int known = 0;
        for (int round = 0; round < 3_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int p = 0; p < 25; p++) {
                sb.append(PIECES[random.nextInt(PIECES.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            String text = sb.toString();
            List<Token> plain = Tokenizer.tokenize(text);
            List<Token> numbered = Tokenizer.tokenize(text, WORDS);
            assertThat(numbered).hasSameSizeAs(plain);
            for (int i = 0; i < plain.size(); i++) {
                Token a = plain.get(i);
                Token b = numbered.get(i);
                assertThat(List.of(b.start, b.end, b.type, b.norm, b.stem, b.ch, b.cap, b.allCaps, b.poss, b.para))
                        .as("%s token %d", text, i)
                        .isEqualTo(List.of(a.start, a.end, a.type, a.norm, a.stem, a.ch, a.cap, a.allCaps, a.poss, a.para));
                assertThat(b.word).as("%s token %d", text, i)
                        .isEqualTo(b.isWord() ? WORDS.numberOf(b.stem) : PhraseWords.NONE);
                known += b.word >= 0 ? 1 : 0;
            }
        }
        assertThat(known).isGreaterThan(10_000);
    }

    @Test
    void aWordIsFoundInAnyCaseOnlyWhenItIsItsOwnStem() {
        String text = "Dictator DICTATORS dictator's naïve";
        assertThat(WORDS.find(text, 0, 8)).isNotNegative();
        assertThat(WORDS.word(WORDS.find(text, 0, 8))).isEqualTo("dictator");
        assertThat(WORDS.find(text, 9, 18)).isNegative();
        assertThat(WORDS.find(text, 19, 27)).isNotNegative();
        assertThat(WORDS.find(text, 30, 35)).isNegative();
    }
}
