package io.newswire.enrich.stance;

import static io.newswire.enrich.stance.StanceSteps.cues;
import static io.newswire.enrich.stance.StanceSteps.read;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How opinionated an article reads, and so the net weight a label needs. */
class OpinionGaugeTest {

    private static double genre(String text) {
        return OpinionGauge.genre(read(text).text());
    }

    private static double threshold(String text) {
        Document doc = read(text);
        return OpinionGauge.threshold(doc, cues(doc));
    }

    @Test
    void anOpinionLabelOrAColumnistsBylineInTheHeaderReadsAsOpinion() {
        assertThat(genre("Opinion | Sanctions alone will not stop Moscow\nThe talks ended.")).isEqualTo(Tuning.GENRE_LABEL);
        assertThat(genre("By Jane Doe, columnist\nThe talks ended.")).isEqualTo(Tuning.GENRE_LABEL * 0.75);
        assertThat(genre("Analysis: what the treaty means\nThe talks ended.")).isEqualTo(Tuning.GENRE_LABEL * 0.5);
        // a label far down the article, or a long paragraph that starts like one, is not a header label
        assertThat(genre("The talks ended.\nA.\nB.\nC.\nD.\nOpinion | late")).isZero();
    }

    @Test
    void aWireDatelineReadsAsStraightReporting() {
        assertThat(genre("SEOUL, Oct 11 (Yonhap) -- The talks ended. We think so.")).isEqualTo(-Tuning.GENRE_WIRE);
        assertThat(genre("The talks ended, officials told Reuters.\nMOSCOW (Reuters) - More later.")).isEqualTo(-Tuning.GENRE_WIRE);
    }

    @Test
    void theAuthorsFirstPersonShouldAndQuestionsReadAsOpinionUpToACap() {
        assertThat(genre("We must act.")).isEqualTo(Tuning.GENRE_FIRST_PERSON + Tuning.GENRE_PRESCRIPTIVE);
        assertThat(genre("Why would anyone trust them?")).isEqualTo(Tuning.GENRE_QUESTION);
        assertThat(genre("We we we we we we we we we we.")).isEqualTo(Tuning.GENRE_FIRST_PERSON_MAX);
        // someone else's "we" and questions are theirs
        assertThat(genre("\"We must act, must we not?\" Kim asked.")).isZero();
    }

    @Test
    void theThresholdFallsFromNewsToOpinionWithTheAuthorsCues() {
        assertThat(threshold("Putin met Kim Jong Un on Wednesday. They talked for five hours."))
                .isEqualTo(Tuning.THRESHOLD_NEWS);
        double opinionated = threshold("""
        Putin is a brutal despot. Kim Jong Un is a cruel tyrant. Their regimes are criminal, reckless and \
        dangerous. We should never trust them. Why would anyone?""");
        assertThat(opinionated).isEqualTo(Tuning.THRESHOLD_OPINION);
        String cues = "Putin met Kim Jong Un. The regime in Pyongyang is reckless, brutal and dangerous.";
        double some = threshold(cues);
        assertThat(some).isLessThan(Tuning.THRESHOLD_NEWS).isGreaterThan(Tuning.THRESHOLD_OPINION);
        // the same cues in a long wire story weigh less
        assertThat(threshold(cues + " The talks went on.".repeat(40))).isGreaterThan(some);
    }
}
