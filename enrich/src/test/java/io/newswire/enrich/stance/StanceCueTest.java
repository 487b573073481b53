package io.newswire.enrich.stance;

import static io.newswire.enrich.stance.EnglishStance.entry;
import static io.newswire.enrich.stance.EnglishStance.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.Stance;
import io.newswire.avro.StanceLabel;
import org.junit.jupiter.api.Test;

/** The author's own wording: loaded words, framing, mockery, negation, hedges, shared references, binding. */
class StanceCueTest {

    @Test
    void loadedWordingIsAgainst() {
        StanceResult r = tag("""
        The hermit kingdom's real weapon is hunger.
        For seventy years the regime in Pyongyang has sold the world the same story. Kim Jong Un is a despot who \
        rules by fear, and his thuggish security police jail anyone who complains.
        China, North Korea's largest trading partner, reported higher food shipments in March.""");
        Stance nk = entry(r, "North Korea");
        assertThat(nk.getLabel()).isEqualTo(StanceLabel.AGAINST);
        assertThat(nk.getScore()).isNegative();
        assertThat(nk.getEvidence()).anyMatch(e -> e.contains("despot → AGAINST North Korea"));
        assertThat(r.labelOf("China")).isEqualTo(StanceLabel.NEUTRAL);
    }

    @Test
    void invadersAndWarCrimesAreAgainstTheAggressorNotTheVictim() {
        StanceResult r = tag("""
        The Kremlin's war on Ukraine's power grid is a war crime.
        Russian officials insist the missiles hit "military facilities." The invaders have failed to break Ukraine's \
        army, so they are trying to break its pensioners instead. Ukrainian crews have shown extraordinary courage.""");
        assertThat(r.labelOf("Russia")).isEqualTo(StanceLabel.AGAINST);
        assertThat(entry(r, "Ukraine").getScore()).isPositive();
        assertThat(r.labelOf("Ukraine")).isNotEqualTo(StanceLabel.AGAINST);
    }

    @Test
    void proKremlinFramingInTheAuthorsVoiceIsFavor() {
        StanceResult r = tag("""
        Russian forces have liberated another settlement as the special military operation continues to make \
        steady progress. The heroic servicemen evacuated forty civilians before clearing mines left by the Kyiv \
        regime's retreating units.""");
        assertThat(r.labelOf("Russia")).isEqualTo(StanceLabel.FAVOR);
        assertThat(entry(r, "Russia").getEvidence()).anyMatch(e -> e.contains("special military operation → FAVOR Russia"));
        assertThat(r.labelOf("Ukraine")).isEqualTo(StanceLabel.AGAINST);
    }

    @Test
    void framingInQuotationMarksOrSoCalledIsNotFavor() {
        StanceResult quoted = tag("""
        Russia's defence ministry said its units had continued "the special military operation" in the east. \
        Moscow calls the invasion a "special military operation". Kyiv rejected the claim.""");
        assertThat(quoted.labelOf("Russia")).isEqualTo(StanceLabel.NEUTRAL);
        StanceResult ironic = tag("""
        Russia's so-called special military operation has killed thousands. The Kremlin's so-called liberation of \
        Mariupol left a city in ruins, and the brutal occupiers are still there.""");
        assertThat(entry(ironic, "Russia").getScore()).isNegative();
        assertThat(ironic.labelOf("Russia")).isEqualTo(StanceLabel.AGAINST);
    }

    @Test
    void sarcasmAndMockeryAreAgainst() {
        StanceResult r = tag("""
        Putin Shows He's Best Buds With Kim Jong-un Too
        U.S. President Donald Trump likes to boast about his 'great relationship' with the North Korean leader. \
        Vladimir Putin is having none of it, and made sure the world knows he has a bromance with Kim too.
        Their new BFF act played well on state television.""");
        assertThat(r.labelOf("Russia")).isEqualTo(StanceLabel.AGAINST);
        assertThat(r.labelOf("North Korea")).isEqualTo(StanceLabel.AGAINST);
        assertThat(entry(r, "Russia").getEvidence()).anyMatch(e -> e.contains("bromance → AGAINST"));
    }

    @Test
    void scareQuotesMockButAttributedQuotationsDoNot() {
        StanceResult mocked = tag("""
        Vladimir Putin has been "re-elected" in a "landslide" that the Kremlin's "rivals" could only applaud. \
        The Russian "election" was a farce and a sham.""");
        assertThat(mocked.labelOf("Russia")).isEqualTo(StanceLabel.AGAINST);
        assertThat(entry(mocked, "Russia").getEvidence()).anyMatch(e -> e.contains("(scare quotes)"));
        StanceResult attributed = tag("""
        Putin hailed the "unbreakable friendship" with Beijing. Xi called Russia "a great and reliable partner", \
        and the Kremlin said the visit was a "historic success".""");
        assertThat(attributed.labelOf("Russia")).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(attributed.labelOf("China")).isEqualTo(StanceLabel.NEUTRAL);
    }

    @Test
    void sarcasmAboutALeaderInAnOpinionPieceCounts() {
        StanceResult r = tag("""
        North Korean despot Kim Jong Un greeted the Russian dictator with pomp. The two dictators share a hatred of \
        the West, and these two troglodytes are very dangerous. Kim's bellicose regime now has a patron.
        Unfortunately, we don't have James Bond to help out; we only have Joe Biden, and that is not very \
        comforting at all.""");
        assertThat(r.labelOf("United States")).isEqualTo(StanceLabel.AGAINST);
        assertThat(entry(r, "United States").getEvidence()).anyMatch(e -> e.contains("not very comforting"));
    }

    @Test
    void negationFlipsACue() {
        StanceResult r = tag("""
        Russia is not an aggressor bent on conquering Europe, and Russia is not a threat to its neighbours. \
        Moscow has shown restraint and patience.
        The summit in Pyongyang was hardly a success. The North Korean regime's promises are not credible, and \
        its record is far from impressive.""");
        Stance ru = entry(r, "Russia");
        assertThat(ru.getScore()).isPositive();
        assertThat(ru.getEvidence()).anyMatch(e -> e.contains("not a threat → FAVOR Russia"));
        Stance nk = entry(r, "North Korea");
        assertThat(nk.getScore()).isNegative();
        assertThat(String.join(" ", nk.getEvidence())).contains("hardly a success → AGAINST North Korea");
    }

    @Test
    void hedgesDampAndAttributedHedgesDoNotCount() {
        double plain = entry(tag("North Korea is a dangerous, reckless and brutal regime."), "North Korea").getScore();
        double hedged = entry(tag("North Korea may be a dangerous, reckless and brutal regime."), "North Korea")
                .getScore();
        assertThat(plain).isNegative();
        assertThat(hedged).isNegative().isGreaterThan(plain);
        StanceResult analysts = tag("Analysts say North Korea may be a dangerous, reckless and brutal regime.");
        assertThat(entry(analysts, "North Korea").getScore()).isZero();
    }

    @Test
    void sharedReferencesApplyToBothTargets() {
        StanceResult r = tag("""
        Vladimir Putin landed in Pyongyang to meet Kim Jong Un. Crowds lined the empty boulevards.
        The two dictators have much in common, starting with contempt for their own citizens. Both regimes are \
        international pariahs, and both leaders are behaving accordingly.""");
        assertThat(r.labelOf("Russia")).isEqualTo(StanceLabel.AGAINST);
        assertThat(r.labelOf("North Korea")).isEqualTo(StanceLabel.AGAINST);
        assertThat(entry(r, "Russia").getEvidence()).anyMatch(e -> e.contains("dictators → AGAINST")
                && e.contains("Russia") && e.contains("North Korea"));
    }

    @Test
    void cuesBindToTheTargetTheyAreAbout() {
        // possessive, nationality adjective, apposition and "regime in X" bind to that target, not to others nearby
        StanceResult r = tag("""
        Putin arrived to back Kim's bellicose regime. The Russian president met the North Korean dictator. \
        Moscow signed a deal with the regime in Pyongyang, and with despot Kim Jong Un himself.""");
        assertThat(entry(r, "North Korea").getLabel()).isEqualTo(StanceLabel.AGAINST);
        assertThat(entry(r, "Russia").getScore()).isZero();
    }

    @Test
    void aCueAboutAnotherActorIsNotGivenToATarget() {
        StanceResult r = tag("""
        Russia offers wheat, fertiliser and respect to Africa. Europe lectures Africa about democracy with its \
        arrogant, hypocritical, condescending sermons.""");
        assertThat(entry(r, "Russia").getScore()).isGreaterThanOrEqualTo(0.0);
    }

    @Test
    void oneEpithetInOtherwiseNeutralReportingStaysNeutral() {
        StanceResult r = tag("""
        Putin arrived first at the Vostochny space center. Later, the armored train of the North Korean dictator \
        arrived. Kim Jong-un thanked Putin for the invitation, and Putin said he was happy to see him.
        According to the United States, the two leaders will discuss arms deliveries. North Korea is looking to \
        acquire Russian technology, which could include satellites.
        The leaders later sat down to lunch. The menu included duck, dumplings with crab and fish soup.
        North Korea fired two ballistic missiles shortly before the meeting, the South Korean military said.""");
        Stance nk = entry(r, "North Korea");
        assertThat(nk.getLabel()).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(nk.getScore()).isNegative(); // the lean is visible, the label stays honest
    }

    @Test
    void confidenceGrowsWithEvidence() {
        double weak = entry(tag("""
        The Kremlin is brutal. Russia is cynical. Russia is reckless. Russia's leadership is shameful."""), "Russia")
                .getConfidence();
        double strong = entry(tag("""
        The Kremlin is brutal. Russia is cynical. Russia is reckless. Russia's leadership is shameful.
        Putin's regime is a despotic kleptocracy. The invaders commit war crimes. Russia is a terrorist state."""),
                "Russia").getConfidence();
        assertThat(strong).isGreaterThan(weak);
        assertThat(strong).isBetween(0.0, 1.0);
    }

    @Test
    void evidenceIsAtMostThreeSentencesWithTheirCues() {
        StanceResult r = tag("""
        Putin is a despot. Putin is a tyrant. Putin's regime is brutal. Putin's war is a crime against humanity. \
        Putin's propaganda is lies about lies.""");
        Stance ru = entry(r, "Russia");
        assertThat(ru.getEvidence()).hasSizeBetween(1, 3);
        assertThat(ru.getEvidence()).allMatch(e -> e.startsWith("\"") && e.endsWith("]") && e.contains(" → AGAINST Russia"));
    }
}
