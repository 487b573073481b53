package io.newswire.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.stance.Quotations.Quotation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which marks open and close quotations, and so which words are inside one. */
class QuotationsTest {

    private ArticleText text;
    private List<Quotation> quotations;

    private void resolve(String s) {
        text = new ArticleText(s, null, StanceSteps.TAGGER.phraseWords);
        quotations = Quotations.resolve(text);
    }

    private int depth(String word) {
        return text.tokens().stream().filter(t -> t.norm.equals(word)).findFirst().orElseThrow().depth;
    }

    private String quoted(Quotation q) {
        return text.text(q.open(), q.close());
    }

    @Test
    void straightAndCurlyDoubleQuotesEnclose() {
        resolve("He called it \"a historic success\" and “a new era” before he left.");
        assertThat(quotations).extracting(this::quoted).containsExactly("\"a historic success\"", "“a new era”");
        assertThat(quotations).allMatch(Quotation::closed);
        assertThat(depth("historic")).isEqualTo(1);
        assertThat(depth("era")).isEqualTo(1);
        assertThat(depth("left")).isZero();
    }

    @Test
    void apostrophesAreNotQuotationMarks() {
        resolve("Russia’s army and Kim's guards don't rest, do they?");
        assertThat(quotations).isEmpty();
        assertThat(text.tokens()).allMatch(t -> t.depth == 0);
    }

    @Test
    void anElidedCenturyIsNotAnOpeningMark() {
        resolve("Since the '90s and the class of ‘08, Moscow has lied. \"Enough,\" she said.");
        assertThat(quotations).extracting(this::quoted).containsExactly("\"Enough,\"");
        assertThat(depth("lied")).isZero();
    }

    @Test
    void aQuotationMaySpanSentencesAndNest() {
        resolve("“Russia is great. We say ‘never’ to them,” he said. Then he left.");
        assertThat(quotations).singleElement().extracting(this::quoted)
                .isEqualTo("“Russia is great. We say ‘never’ to them,”");
        assertThat(depth("great")).isEqualTo(1);
        assertThat(depth("never")).isEqualTo(2);
        assertThat(depth("said")).isZero();
    }

    @Test
    void guillemetsAndLowNinesEnclose() {
        resolve("Le mot «paix» et das Wort „Frieden“ stehen hier.");
        assertThat(quotations).extracting(this::quoted).containsExactly("«paix»", "„Frieden“");
        assertThat(depth("paix")).isEqualTo(1);
        assertThat(depth("frieden")).isEqualTo(1);
        assertThat(depth("stehen")).isZero();
    }

    @Test
    void anUnclosedQuotationEndsWithItsParagraph() {
        resolve("Kim said \"Russia is our friend and\nThe next paragraph is the reporter's.");
        assertThat(quotations).singleElement().satisfies(q -> {
            assertThat(q.closed()).isFalse();
            assertThat(text.token(q.close()).norm).isEqualTo("and");
        });
        assertThat(depth("friend")).isEqualTo(1);
        assertThat(depth("next")).isZero();
    }
}
