package io.newswire.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private static List<String> words(String s) {
        return Tokenizer.tokenize(s).stream().filter(Token::isWord).map(t -> t.norm).toList();
    }

    @Test
    void splitsHyphensKeepsAbbreviationsAndFoldsClitics() {
        assertThat(words("Kim Jong-un")).containsExactly("kim", "jong", "un");
        assertThat(words("the U.S. and U.N. envoys")).containsExactly("the", "us", "and", "un", "envoys");
        assertThat(Tokenizer.tokenize("U.S.").get(0).allCaps).isTrue();
        assertThat(words("It isn't Russia's war, they're sure")).containsExactly("it", "is", "not", "russia", "war",
                "they", "sure");
        assertThat(Tokenizer.tokenize("Russia’s").get(0).poss).isTrue();
        assertThat(words("see https://www.scmp.com/news/x and pic.twitter.com/abc @handle")).containsExactly("see",
                "and");
    }

    @Test
    void pluralsShareAStem() {
        assertThat(Token.stem("dictators")).isEqualTo("dictator");
        assertThat(Token.stem("atrocities")).isEqualTo("atrocity");
        assertThat(Token.stem("news")).isEqualTo("news");
        assertThat(Token.stem("us")).isEqualTo("us");
        assertThat(Token.stem("crisis")).isEqualTo("crisis");
    }

    @Test
    void paragraphsAreCounted() {
        List<Token> t = Tokenizer.tokenize("One.\nTwo.\n\nThree.");
        assertThat(t.get(t.size() - 1).para).isEqualTo(3);
    }

    @Test
    void itsCharacterTestsAgreeWithCharactersForEveryChar() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            assertThat(Tokenizer.isLetter((char) c)).as("isLetter %04x", c).isEqualTo(Character.isLetter((char) c));
            assertThat(Tokenizer.isLetterOrDigit((char) c)).as("isLetterOrDigit %04x", c)
                    .isEqualTo(Character.isLetterOrDigit((char) c));
        }
    }
}
