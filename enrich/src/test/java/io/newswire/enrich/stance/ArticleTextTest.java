package io.newswire.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The paragraphs the stance rules read, and which of them are embedded posts. */
class ArticleTextTest {

    @Test
    void repeatsInAnotherCaseOrPunctuationCountOnceAndARepeatedTitleIsNotAddedAgain() {
        ArticleText text = new ArticleText("""
        Putin arrives in Pyongyang
        Putin landed on Tuesday.
        PHOTO: Putin and Kim.
        Crowds lined the streets.
        Photo - Putin and Kim""", "PUTIN ARRIVES IN PYONGYANG", StanceSteps.TAGGER.phraseWords);
        assertThat(paragraphs(text)).containsExactly("Putin arrives in Pyongyang", "Putin landed on Tuesday.",
                "PHOTO: Putin and Kim.", "Crowds lined the streets.");
        assertThat(text.titleParagraphs()).isZero();
    }

    @Test
    void aNewTitleIsTheFirstParagraph() {
        ArticleText text = new ArticleText("Putin landed on Tuesday.", "Putin in Pyongyang",
                StanceSteps.TAGGER.phraseWords);
        assertThat(paragraphs(text)).containsExactly("Putin in Pyongyang", "Putin landed on Tuesday.");
        assertThat(text.titleParagraphs()).isEqualTo(1);
        assertThat(text.token(0).para).isZero();
    }

    @Test
    void aPostAboveAnAttributionLineAndATweetLinkAreEmbeddedPosts() {
        ArticleText text = new ArticleText("""
        Putin landed overnight.
        The great leader has arrived!
        — Some Fan (@somefan) June 18, 2024
        He is expected to sign several agreements.
        What a day pic.twitter.com/abc123""", null, StanceSteps.TAGGER.phraseWords);
        assertThat(text.isEmbeddedPost(0)).isFalse();
        assertThat(text.isEmbeddedPost(1)).isTrue();
        assertThat(text.isEmbeddedPost(2)).isTrue();
        assertThat(text.isEmbeddedPost(3)).isFalse();
        assertThat(text.isEmbeddedPost(4)).isTrue();
    }

    @Test
    void theTitleIsNeverTakenForAnEmbeddedPost() {
        ArticleText text = new ArticleText("— Some Fan (@somefan) June 18, 2024", "The great leader has arrived!",
                StanceSteps.TAGGER.phraseWords);
        assertThat(text.isEmbeddedPost(0)).isFalse();
        assertThat(text.isEmbeddedPost(1)).isTrue();
    }

    @Test
    void clausesEndAtClauseBreaksButNotAtCommasAndThePreviousWordSkipsOnlyQuotationMarks() {
        ArticleText text = new ArticleText("First, \"Russia\" acted; then, as always, Kim followed.", null,
                StanceSteps.TAGGER.phraseWords);
        int russia = 3;
        int acted = 5;
        int kim = 12;
        assertThat(text.token(russia).norm).isEqualTo("russia");
        assertThat(text.token(kim).norm).isEqualTo("kim");
        assertThat(text.clauseStart(russia, 0)).isZero();
        assertThat(text.token(text.clauseEnd(russia, text.size())).ch).isEqualTo(';');
        assertThat(text.clauseStart(kim, 0)).isEqualTo(7);
        assertThat(text.prevWord(acted, 0)).isEqualTo(russia);
        assertThat(text.prevWord(russia, 0)).isEqualTo(-1);
    }

    @Test
    void findsTheParagraphsThatSplittingStrippingAndJoiningFound() {
        String[] pieces = {"Putin", "putin", "PUTIN", "landed", ".", ",", " ", "  ", "\t", "\u00a0", "\u2003", "\r", "\n",
            "\n", "\n\n", " \n ", "—", "-", "(@fan)", "pic.twitter.com/x", "twitter.com/a/status/1", "Кремль", "中国",
            "😀", "\ud800", "x".repeat(300), "y".repeat(700)};
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            String body = randomText(random, pieces, 40);
            String title = random.nextInt(4) == 0 ? null : randomText(random, pieces, 6);
            ArticleText text = new ArticleText(body, title, StanceSteps.TAGGER.phraseWords);
            SplitArticleText reference = SplitArticleText.of(body, title);
            assertThat(text.doc()).as("body %s, title %s", body, title).isEqualTo(reference.doc());
            assertThat(paragraphs(text)).isEqualTo(reference.paragraphs());
            assertThat(text.titleParagraphs()).isEqualTo(reference.titleParagraphs());
            for (int p = 0; p < text.paragraphCount(); p++) {
                assertThat(text.isEmbeddedPost(p)).isEqualTo(reference.embedded()[p]);
            }
        }
    }

    private static String randomText(Random random, String[] pieces, int maxPieces) {
        StringBuilder sb = new StringBuilder();
        int n = random.nextInt(maxPieces + 1);
        for (int i = 0; i < n; i++) {
            sb.append(pieces[random.nextInt(pieces.length)]);
        }
        return sb.toString();
    }

    private static List<String> paragraphs(ArticleText text) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < text.paragraphCount(); p++) {
            out.add(text.paragraph(p));
        }
        return out;
    }
}
