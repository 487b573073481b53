package io.newswire.enrich.stance;

import static io.newswire.enrich.stance.StanceScorer.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.StanceLabel;
import io.newswire.enrich.stance.StanceScorer.Verdict;
import org.junit.jupiter.api.Test;

/** The verdict on one target from its summed weights: label, score and confidence. */
class StanceScorerTest {

    private static final double THRESHOLD = 2.0;

    @Test
    void aClearNetWeightAtTheThresholdGivesALabel() {
        assertThat(verdict(0, 2.0, THRESHOLD, 3).label()).isEqualTo(StanceLabel.AGAINST);
        assertThat(verdict(2.5, 0.3, THRESHOLD, 3).label()).isEqualTo(StanceLabel.FAVOR);
        assertThat(verdict(0, 1.9, THRESHOLD, 3).label()).isEqualTo(StanceLabel.NEUTRAL);
    }

    @Test
    void aTargetBothPraisedAndCondemnedStaysNeutralWithoutAClearMajority() {
        // net -2.5 clears the threshold, but is less than 40% of the 8.5 of weight
        assertThat(verdict(3.0, 5.5, THRESHOLD, 3).label()).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(verdict(1.0, 5.5, THRESHOLD, 3).label()).isEqualTo(StanceLabel.AGAINST);
    }

    @Test
    void theScoreKeepsTheLeanOfANeutralTarget() {
        Verdict v = verdict(0, 1.0, THRESHOLD, 3);
        assertThat(v.label()).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(v.score()).isEqualTo(-0.245);
        assertThat(verdict(0, 0, THRESHOLD, 3).score()).isZero();
        assertThat(verdict(100, 0, THRESHOLD, 3).score()).isEqualTo(1.0);
    }

    @Test
    void confidenceGrowsWithTheMarginAndStaysWithinBounds() {
        double justOver = verdict(0, 2.0, THRESHOLD, 3).confidence();
        double wellOver = verdict(0, 6.0, THRESHOLD, 3).confidence();
        double mixed = verdict(1.5, 6.0, THRESHOLD, 3).confidence();
        assertThat(justOver).isLessThan(wellOver);
        assertThat(mixed).isLessThan(wellOver);
        assertThat(verdict(0, 1000, THRESHOLD, 3).confidence()).isEqualTo(0.95);
    }

    @Test
    void aNeutralTargetIsLessSurelyNeutralWhenItLeansOrIsNamedOnce() {
        double flat = verdict(0, 0, THRESHOLD, 3).confidence();
        assertThat(flat).isEqualTo(0.9);
        assertThat(verdict(0, 1.0, THRESHOLD, 3).confidence()).isLessThan(flat);
        assertThat(verdict(0, 0, THRESHOLD, 1).confidence()).isLessThan(flat);
    }
}
