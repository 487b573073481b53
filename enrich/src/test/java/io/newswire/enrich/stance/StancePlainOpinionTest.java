package io.newswire.enrich.stance;

import static io.newswire.enrich.stance.EnglishStance.entry;
import static io.newswire.enrich.stance.EnglishStance.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.Stance;
import io.newswire.avro.StanceLabel;
import org.junit.jupiter.api.Test;

/**
 * Opinion written in plain evaluative language rather than marked epithets: general evaluative vocabulary, "not X but
 * Y" contrasts, targets that are the object of what is condemned ("a disaster for Russia"), and the genre (an opinion
 * label, the author's "we" and "should", rhetorical questions) lowering the bar; wire copy that quotes the same words
 * stays NEUTRAL.
 */
class StancePlainOpinionTest {

    @Test
    void plainEvaluativeOpinionIsLabelled() {
        StanceResult r = tag("""
        Opinion | A reader's guide to Pyongyang's new towers
        North Korea opened another district of apartment towers this month. Outside the capital the country remains \
        a grim and hungry place, and Pyongyang squanders the wealth of a poor country on weapons.
        Why should we keep pretending otherwise? We should not.""");
        assertThat(r.labelOf("North Korea")).isEqualTo(StanceLabel.AGAINST);
        assertThat(entry(r, "North Korea").getEvidence()).anyMatch(e -> e.contains("squanders → AGAINST North Korea"));
    }

    @Test
    void plainPraiseInAnEditorialIsFavor() {
        StanceResult r = tag("""
        Editorial: a steady hand in Seoul
        South Korea has shown poise through months of political strain. Its courts worked calmly, and this is what a \
        mature democracy looks like.""");
        assertThat(r.labelOf("South Korea")).isEqualTo(StanceLabel.FAVOR);
    }

    @Test
    void theSameWordsQuotedInWireCopyStayNeutral() {
        StanceResult r = tag("""
        Seoul and Tokyo pledge closer ties
        TOKYO, Sept 6 (AP) - Japan's prime minister praised South Korea's "steady, mature and principled leadership" \
        at a summit on Friday. North Korea's KCNA called the meeting "a reckless and self-defeating alliance." \
        A U.S. spokesperson said South Korea was "a reliable ally that has kept its nerve under pressure." """);
        assertThat(r.labelOf("South Korea")).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(r.labelOf("North Korea")).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(r.labelOf("United States")).isEqualTo(StanceLabel.NEUTRAL);
    }

    @Test
    void inNotXButYTheFoilDoesNotCountAndThePointDoes() {
        StanceResult r = tag("""
        Commentary
        Russia's grain offer to Africa is not an act of generosity but a cynical bargain. The Kremlin has acted in \
        bad faith throughout.""");
        Stance ru = entry(r, "Russia");
        assertThat(ru.getLabel()).isEqualTo(StanceLabel.AGAINST);
        assertThat(ru.getEvidence()).noneMatch(e -> e.contains("FAVOR"));
        // without "but", the negation still flips the cue
        StanceResult plain = tag("""
        Commentary
        Moscow is not a reliable partner for anyone.""");
        assertThat(entry(plain, "Russia").getScore()).isNegative();
    }

    @Test
    void negationDoesNotReachPastBut() {
        StanceResult r = tag("""
        Opinion
        China's diplomats were not loud, but they were sensible and constructive, and China deserves praise.""");
        assertThat(entry(r, "China").getScore()).isPositive();
    }

    @Test
    void theTargetSomethingIsDoneToIsNotTheOneJudged() {
        StanceResult r = tag("""
        Opinion
        The war has been a catastrophe for Ukraine and a slow disaster for Russia itself. Moscow's rulers are cruel \
        and dishonest.""");
        assertThat(r.labelOf("Russia")).isEqualTo(StanceLabel.AGAINST);
        assertThat(r.labelOf("Ukraine")).isEqualTo(StanceLabel.NEUTRAL);
    }

    @Test
    void aDatelineKeepsTheNewsThresholdForAuthorVoiceDescription() {
        StanceResult r = tag("""
        KHARKIV, Ukraine, May 20 (AP) - Desperate residents lined up at water trucks on Monday after Russian strikes \
        knocked out power in Ukraine's second-largest city. The strikes marked a grim milestone, officials said.""");
        assertThat(r.labelOf("Ukraine")).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(r.labelOf("Russia")).isEqualTo(StanceLabel.NEUTRAL);
    }
}
