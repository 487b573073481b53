package io.newswire.enrich.stance;

import static io.newswire.enrich.stance.EnglishStance.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.Stance;
import io.newswire.avro.StanceLabel;
import org.junit.jupiter.api.Test;

/** Quoted and reported speech belong to the speaker, not the author. */
class StanceVoiceTest {

    @Test
    void quotedPraiseBelongsToTheSpeaker() {
        StanceResult r = tag("""
        "We highly appreciate the heroic, wise and far-sighted leadership of President Putin," Kim Jong Un wrote in a \
        letter published on Tuesday. "Russia is a glorious and invincible nation."
        "The Korean people have shown remarkable courage and admirable resilience," Putin replied. \
        “Pyongyang is a brilliant, reliable partner,” he added.""");
        assertThat(r.labelOf("Russia")).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(r.labelOf("North Korea")).isEqualTo(StanceLabel.NEUTRAL);
        // the explanation shows what was set aside and why
        assertThat(r.get("Russia").orElseThrow().getEvidence()).anyMatch(e -> e.contains("quoted, not counted"));
    }

    @Test
    void theSameWordsInTheAuthorsOwnVoiceDoCount() {
        StanceResult r = tag("""
        The heroic, wise and far-sighted leadership of President Putin has made Russia a glorious and invincible \
        nation. Russia's remarkable achievements deserve admiration.""");
        assertThat(r.labelOf("Russia")).isEqualTo(StanceLabel.FAVOR);
    }

    @Test
    void reportedSpeechBelongsToTheSpeaker() {
        StanceResult r = tag("""
        North Korean leader Kim Jong-un said he valued the brilliant, far-sighted course of the Russian government. \
        Putin praised the admirable courage and remarkable resilience of the North Korean people, according to KCNA.
        Russia's heroic army is waging a just struggle against Western hegemony, Kim told Lavrov at a banquet.
        The Kremlin described Pyongyang as a wise and steadfast partner, while North Korea's foreign minister \
        insisted that the United States was a reckless, brutal warmonger.""");
        assertThat(r.labelOf("Russia")).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(r.labelOf("North Korea")).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(r.labelOf("United States")).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(r.get("North Korea").orElseThrow().getEvidence()).anyMatch(e -> e.contains("reported, not counted"));
    }

    @Test
    void neutralWireCopyFullOfLeadersPraisingEachOtherIsNeutral() {
        StanceResult r = tag("""
        Putin and Kim pledge closer ties at Far East summit
        VLADIVOSTOK, Sept 13 (Reuters) - Russian President Vladimir Putin and North Korean leader Kim Jong Un traded \
        warm words at their meeting on Wednesday, with Kim calling relations with Moscow his country's "number one \
        priority" and Putin praising Pyongyang as a reliable and principled partner.
        "Russia has risen to a sacred fight to defend its sovereignty against the hegemonic forces," Kim told Putin. \
        "We will always stand with Russia."
        Putin said he was "very glad" and described the talks as "frank and substantive." The Kremlin later hailed \
        the summit as a historic success.
        Washington had warned that any weapons deal would violate U.N. resolutions. "We will not hesitate to act \
        against this dangerous and reckless cooperation," a State Department spokesperson said.""");
        for (Stance s : r.stances()) {
            assertThat(s.getLabel()).as(s.getTarget()).isEqualTo(StanceLabel.NEUTRAL);
        }
        assertThat(r.stances()).extracting(Stance::getTarget).contains("Russia", "North Korea", "United States");
    }

    @Test
    void aSpeakerNamedBeforeAColonIsNotTheAuthor() {
        StanceResult r = tag("""
        Kim Jong-un and Putin: We are fighting a heroic, just struggle against the brutal, reckless imperialists.
        Kim: Russia's wise leadership is an inspiration.""");
        assertThat(r.labelOf("Russia")).isEqualTo(StanceLabel.NEUTRAL);
    }

    @Test
    void embeddedPostsAreNotTheAuthors() {
        StanceResult r = tag("""
        Putin landed in Pyongyang overnight.
        The heroic and wise Russian leader is a true statesman, a brilliant defender of peace! pic.twitter.com/abc123
        — Some Fan (@somefan) June 18, 2024
        He is expected to sign several agreements.""");
        assertThat(r.labelOf("Russia")).isEqualTo(StanceLabel.NEUTRAL);
    }

    @Test
    void quotationsMaySpanSentencesAndUseAnyQuotationMarks() {
        StanceResult r = tag("""
        «Russia is a brilliant, heroic nation. Its wise leadership is admirable», said the ambassador.
        „Moscow ist großartig“, sagte er. ‘The Kremlin’s remarkable, far-sighted policy is an inspiration,’ he wrote.
        “Russia’s heroic army. Its glorious, invincible soldiers. Its wise and brilliant commanders.”""");
        assertThat(r.labelOf("Russia")).isEqualTo(StanceLabel.NEUTRAL);
    }
}
