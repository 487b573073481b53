package io.newswire.enrich.stance;

import static io.newswire.enrich.stance.StanceSteps.TAGGER;
import static io.newswire.enrich.stance.StanceSteps.boundCues;
import static io.newswire.enrich.stance.StanceSteps.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.StanceLabel;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences explain an entry, and how they read. */
class EvidenceTest {

    private static final int RUSSIA = 0;

    private static List<String> evidence(String text, StanceLabel label) {
        assertThat(TAGGER.targetNames[RUSSIA]).isEqualTo("Russia");
        Document doc = read(text);
        return new Evidence(doc, TAGGER.targetNames, boundCues(doc)).forTarget(RUSSIA, label);
    }

    @Test
    void theSentencesThatWeighMostTowardTheLabelComeFirstAndAtMostThree() {
        String text = """
        Russia is reckless. Russia is a brutal, criminal despotism. Russia is wise. Russia is cynical. \
        Russia is a sham.""";
        List<String> against = evidence(text, StanceLabel.AGAINST);
        assertThat(against).hasSize(Evidence.MAX_SENTENCES);
        assertThat(against.get(0)).startsWith("\"Russia is a brutal, criminal despotism.\" [brutal → AGAINST Russia; ");
        assertThat(against).noneMatch(e -> e.contains("wise"));
        assertThat(evidence(text, StanceLabel.FAVOR).get(0)).isEqualTo("\"Russia is wise.\" [wise → FAVOR Russia]");
    }

    @Test
    void aNeutralEntryShowsTheCuesSetAsideAndWhy() {
        List<String> neutral = evidence("""
        Russia was praised as "wise" by Kim. Kim said that Russia is heroic.""", StanceLabel.NEUTRAL);
        assertThat(neutral).containsExactly(
                "\"Russia was praised as \"wise\" by Kim.\" [wise (quoted, not counted)]",
                "\"Kim said that Russia is heroic.\" [heroic (reported, not counted)]");
    }

    @Test
    void cuesAreShownWithTheirModifiersAndLongSentencesAreCut() {
        String longSentence = "Russia is not a reliable partner " + "and it goes on ".repeat(30) + "for ever.";
        String line = evidence(longSentence, StanceLabel.AGAINST).get(0);
        assertThat(line).endsWith("...\" [not a reliable partner → AGAINST Russia]");
        assertThat(line.indexOf("...\"")).isEqualTo(1 + 237);
    }
}
