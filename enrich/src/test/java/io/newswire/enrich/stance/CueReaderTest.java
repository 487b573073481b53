package io.newswire.enrich.stance;

import static io.newswire.enrich.stance.StanceSteps.cueAt;
import static io.newswire.enrich.stance.StanceSteps.cues;
import static io.newswire.enrich.stance.StanceSteps.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * What each cue weighs once its modifiers apply, and whether it counts. Lexicon weights used: threat -0.6, disaster
 * -0.8, reckless -1.0, heroic +1.3, success +0.6, liberation +0.8, bromance -1.5; negated unfavourable cues keep half
 * their weight, negated favourable ones 0.8, "may" halves, "very" multiplies by 1.3, a contrast's point by 1.3.
 */
class CueReaderTest {

    private static final Offset<Double> EXACT = within(1e-9);

    /** The cue starting at the first token spelled word. */
    private static Cue cue(String text, String word) {
        Document doc = read(text);
        Cue c = cueAt(doc, cues(doc), word);
        assertThat(c).as("cue at '" + word + "' in: " + text).isNotNull();
        return c;
    }

    private static double weight(String text, String word) {
        return cue(text, word).w;
    }

    @Test
    void aPlainCueInTheAuthorsVoiceCountsAtItsLexiconWeight() {
        Cue c = cue("Russia is a threat.", "threat");
        assertThat(c.w).isCloseTo(-0.6, EXACT);
        assertThat(c.counted).isTrue();
    }

    @Test
    void aNegatorFlipsACueAndStartsItsText() {
        assertThat(weight("Russia is not a threat.", "threat")).isCloseTo(0.3, EXACT);
        assertThat(weight("Russia is not heroic.", "heroic")).isCloseTo(-1.04, EXACT);
        assertThat(weight("Russia is never, ever a threat.", "threat")).isCloseTo(-0.6, EXACT); // out of reach
        Document doc = read("Russia is hardly a success.");
        Cue c = cueAt(doc, cues(doc), "success");
        assertThat(doc.text().text(c.modStart, c.hit.end - 1)).isEqualTo("hardly a success");
    }

    @Test
    void aHedgeEarlierInTheClauseDampsAndAnIntensifierStrengthens() {
        assertThat(weight("Russia may be a threat.", "threat")).isCloseTo(-0.3, EXACT);
        assertThat(weight("Russia may, in time, become a threat.", "threat")).isCloseTo(-0.3, EXACT);
        assertThat(weight("Russia may win; it is a threat.", "threat")).isCloseTo(-0.6, EXACT);
        assertThat(weight("Russia is very reckless.", "reckless")).isCloseTo(-1.3, EXACT);
    }

    @Test
    void inNotXButYThePointIsStrengthenedAndItsFoilDoesNotCount() {
        Document doc = read("Russia is not a threat but a disaster.");
        List<Cue> cues = cues(doc);
        assertThat(cueAt(doc, cues, "threat")).isNull();
        assertThat(cueAt(doc, cues, "disaster").w).isCloseTo(-0.8 * 1.3, EXACT);
        // with nothing judged in the point, the negated praise is the point
        assertThat(weight("The summit was not a success but a meeting.", "success")).isCloseTo(-0.6 * 1.3, EXACT);
        // "not only ... but also" is no contrast
        assertThat(weight("Russia is not only a threat but also a disaster.", "disaster")).isCloseTo(-0.8, EXACT);
    }

    @Test
    void soCalledTurnsPraiseIntoMockeryAndIsNoCueOfItsOwnThen() {
        Document doc = read("Russia's so-called liberation of Mariupol continued.");
        List<Cue> cues = cues(doc);
        assertThat(cueAt(doc, cues, "liberation").w).isCloseTo(-0.8, EXACT);
        assertThat(cueAt(doc, cues, "so")).isNull();
        Document alone = read("Russia's so-called experts spoke.");
        assertThat(cueAt(alone, cues(alone), "so").w).isNegative();
    }

    @Test
    void quotedAndReportedCuesDoNotCountButMockeryInAParaphraseDoes() {
        assertThat(cue("\"Russia is heroic,\" Kim said.", "heroic").counted).isFalse();
        assertThat(cue("Kim said that Russia is heroic.", "heroic").counted).isFalse();
        Cue bromance = cue("Kim said the bromance with Russia was real.", "bromance");
        assertThat(bromance.counted).isTrue();
        assertThat(bromance.w).isCloseTo(-1.5 * 0.8, EXACT);
    }

    @Test
    void aCueInsideAProperNameIsNoCue() {
        Document doc = read("Soldiers of the People's Liberation Army marched along the coast on a cold morning.");
        assertThat(cueAt(doc, cues(doc), "liberation")).isNull();
        // in a headline every word is capitalised
        Document headline = read("Russia's Liberation Of Mariupol Was A Lie");
        assertThat(cueAt(headline, cues(headline), "liberation")).isNotNull();
    }

    @Test
    void aShortUnattributedQuotationOfAClaimIsAScareQuote() {
        Cue c = cue("Putin won the \"election\" with ease.", "\"");
        assertThat(c.hit.entry).isSameAs(ScareQuotes.ENTRY);
        assertThat(c.counted).isTrue();
        assertThat(c.w).isCloseTo(-1.0, EXACT);
    }

    @Test
    void attributedNamingLongOrNeutralQuotationsAreNoScareQuotes() {
        for (String text : new String[] {
            "Putin said the \"election\" went well.",
            "Putin called it an \"election\" of sorts.",
            "Putin won the \"election of a lifetime in a landslide\" with ease.",
            "Putin won the \"match\" with ease."}) {
            Document doc = read(text);
            assertThat(cues(doc)).as(text).noneMatch(c -> c.hit.entry == ScareQuotes.ENTRY);
        }
    }
}
