package io.newswire.enrich.stance;

import static io.newswire.enrich.stance.StanceSteps.read;
import static io.newswire.enrich.stance.StanceSteps.token;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Who speaks each word: the author, a quoted speaker or a reported one. */
class VoiceAttributionTest {

    private static byte voice(String text, String word) {
        return token(read(text), word).voice;
    }

    @Test
    void theClauseAfterAReportingVerbIsReported() {
        Document doc = read("Kim said that Russia is heroic.");
        assertThat(token(doc, "kim").voice).isEqualTo(Token.AUTHOR);
        assertThat(token(doc, "heroic").voice).isEqualTo(Token.REPORTED);
    }

    @Test
    void theClauseBeforeATrailingAttributionIsReported() {
        Document doc = read("Russia is heroic, Kim said at a banquet.");
        assertThat(token(doc, "heroic").voice).isEqualTo(Token.REPORTED);
        assertThat(token(doc, "banquet").voice).isEqualTo(Token.AUTHOR);
        assertThat(voice("Russia is heroic, said Kim at a banquet.", "heroic")).isEqualTo(Token.REPORTED);
    }

    @Test
    void aCoordinatedClauseAfterACommaIsNoAttribution() {
        Document doc = read("Russia is heroic, and officials announced new talks.");
        assertThat(token(doc, "heroic").voice).isEqualTo(Token.AUTHOR);
        assertThat(token(doc, "talks").voice).isEqualTo(Token.REPORTED);
    }

    @Test
    void whatASourceGovernsIsReported() {
        assertThat(voice("According to KCNA, Russia is heroic.", "heroic")).isEqualTo(Token.REPORTED);
        assertThat(voice("Russia is heroic, according to KCNA.", "heroic")).isEqualTo(Token.REPORTED);
    }

    @Test
    void aReportingVerbAfterAModalADeterminerOrIIsTheAuthorsOwnWord() {
        assertThat(voice("We should insist that Russia is heroic.", "heroic")).isEqualTo(Token.AUTHOR);
        assertThat(voice("The claim that Russia is heroic is absurd.", "heroic")).isEqualTo(Token.AUTHOR);
        assertThat(voice("I argue that Russia is heroic.", "heroic")).isEqualTo(Token.AUTHOR);
        assertThat(voice("It was the official report on how Russia is heroic.", "heroic")).isEqualTo(Token.AUTHOR);
        Document doc = read("We should insist that Russia is heroic.");
        assertThat(doc.hits().at(StanceSteps.indexOf(doc, "insist")).reportingVerb).isFalse();
    }

    @Test
    void wordsInQuotationMarksAreQuoted() {
        Document doc = read("\"Russia is heroic,\" he said.");
        assertThat(token(doc, "heroic").voice).isEqualTo(Token.QUOTED);
        assertThat(token(doc, "said").voice).isEqualTo(Token.AUTHOR);
        assertThat(doc.hits().at(StanceSteps.indexOf(doc, "said")).reportingVerb).isTrue();
    }

    @Test
    void textAfterASpeakersNameAndAColonIsReported() {
        assertThat(voice("Kim Jong Un: Russia is heroic.", "heroic")).isEqualTo(Token.REPORTED);
        assertThat(voice("The lesson is simple: Russia is heroic.", "heroic")).isEqualTo(Token.AUTHOR);
    }

    @Test
    void embeddedPostsAreQuoted() {
        Document doc = read("""
        Putin landed overnight.
        Russia is heroic!
        — Some Fan (@somefan) June 18, 2024
        He will sign agreements.""");
        assertThat(token(doc, "landed").voice).isEqualTo(Token.AUTHOR);
        assertThat(token(doc, "heroic").voice).isEqualTo(Token.QUOTED);
        assertThat(token(doc, "sign").voice).isEqualTo(Token.AUTHOR);
    }
}
