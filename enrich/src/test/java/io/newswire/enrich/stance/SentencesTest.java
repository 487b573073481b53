package io.newswire.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Where sentences end. */
class SentencesTest {

    private static List<String> sentences(String s) {
        ArticleText text = new ArticleText(s, null, StanceSteps.TAGGER.phraseWords);
        Quotations.resolve(text);
        Sentences sentences = Sentences.split(text);
        return IntStream.range(0, sentences.count()).mapToObj(i -> text.text(sentences.start(i), sentences.end(i) - 1))
                .toList();
    }

    @Test
    void endsAtFullStopsBeforeACapitalButNotAfterAnAbbreviationOrInitial() {
        assertThat(sentences("Mr. Putin met Gen. Kim on Sept. 13. J. Smith took notes! Did it matter? Yes."))
                .containsExactly("Mr. Putin met Gen. Kim on Sept. 13.", "J. Smith took notes!", "Did it matter?", "Yes.");
    }

    @Test
    void aFullStopBeforeALowerCaseWordEndsNothing() {
        assertThat(sentences("Talks ended at noon. then came lunch.")).containsExactly("Talks ended at noon. then came lunch.");
    }

    @Test
    void closingQuotationMarksAndBracketsStayWithTheirSentence() {
        assertThat(sentences("\"Russia will win.\" Kim smiled (briefly.) Then he left."))
                .containsExactly("\"Russia will win.\"", "Kim smiled (briefly.)", "Then he left.");
    }

    @Test
    void aSentenceEndsWithItsParagraph() {
        assertThat(sentences("Putin in Pyongyang\nKim greeted him")).containsExactly("Putin in Pyongyang", "Kim greeted him");
    }

    @Test
    void runOnTextIsBrokenUpAtPunctuationOrAnywhere() {
        List<String> commas = sentences("word, ".repeat(300));
        assertThat(commas).hasSizeGreaterThan(1);
        assertThat(commas.subList(0, commas.size() - 1)).allMatch(s -> s.endsWith(","));
        assertThat(sentences("word ".repeat(900))).hasSizeGreaterThan(1).allMatch(s -> s.split(" ").length <= 401);
    }

    @Test
    void headlinesAreTitleCase() {
        ArticleText text = new ArticleText("Putin Shows He's Best Buds With Kim Jong-un\nPutin is having none of it.", null,
                StanceSteps.TAGGER.phraseWords);
        Quotations.resolve(text);
        Sentences sentences = Sentences.split(text);
        assertThat(sentences.isTitleCase(0)).isTrue();
        assertThat(sentences.isTitleCase(1)).isFalse();
    }
}
