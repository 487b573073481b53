package io.newswire.enrich.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void wordsJoinInnerPunctuationAndDropElidedArticles() {
        Tokens tokens = Tokens.of("ITAR-TASS, Kremlin.ru and l'AFP (U.N.)");
        assertThat(tokens.size()).isEqualTo(5);
        assertThat(tokens.text(0)).isEqualTo("ITAR-TASS");
        assertThat(tokens.text(1)).isEqualTo("Kremlin.ru");
        assertThat(tokens.hasInnerDot(1)).isTrue();
        assertThat(tokens.hasInnerDot(0)).isFalse();
        assertThat(tokens.text(3)).isEqualTo("AFP");
        assertThat(tokens.text(4)).isEqualTo("U.N");
        assertThat(tokens.hasCharFrom('\u1100')).isFalse();
        assertThat(Tokens.of("据新华社报道").hasCharFrom('\u1100')).isTrue();
    }

    @Test
    void innerDotsAndHighestCharacterAgreeWithAPlainSearch() {
        Random random = new Random(11);
        for (int i = 0; i < 50_000; i++) {
            String text = RandomText.of(random, 10);
            Tokens tokens = Tokens.of(text);
            for (int t = 0; t < tokens.size(); t++) {
                int dot = text.indexOf('.', tokens.start(t));
                assertThat(tokens.hasInnerDot(t)).as(text).isEqualTo(dot > tokens.start(t) && dot < tokens.end(t));
            }
            assertThat(tokens.hasCharFrom('\u1100')).as(text).isEqualTo(text.chars().anyMatch(c -> c >= '\u1100'));
        }
    }
}
