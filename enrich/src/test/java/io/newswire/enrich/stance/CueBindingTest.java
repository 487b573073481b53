package io.newswire.enrich.stance;

import static io.newswire.enrich.stance.StanceSteps.boundCues;
import static io.newswire.enrich.stance.StanceSteps.cueAt;
import static io.newswire.enrich.stance.StanceSteps.read;
import static io.newswire.enrich.stance.StanceSteps.targetsOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which targets each cue is bound to ({@link CueBinder}, then {@link AntecedentBinder} for the rest). */
class CueBindingTest {

    /** The targets of the cue starting at the first token spelled word. */
    private static List<String> boundTo(String text, String word) {
        Document doc = read(text);
        Cue c = cueAt(doc, boundCues(doc), word);
        assertThat(c).as("cue at '" + word + "' in: " + text).isNotNull();
        assertThat(c.binding).isEqualTo(Cue.Binding.BOUND);
        return targetsOf(c);
    }

    @Test
    void aCueBindsToTheTargetItIsAttachedTo() {
        assertThat(boundTo("Putin backs Kim Jong Un's bellicose regime.", "bellicose")).containsExactly("North Korea");
        assertThat(boundTo("Putin backs Kim Jong Un's bellicose regime.", "regime")).containsExactly("North Korea");
        assertThat(boundTo("Xi met the North Korean dictator in Beijing.", "dictator")).containsExactly("North Korea");
        assertThat(boundTo("Moscow signed a deal with the regime in Pyongyang.", "regime")).containsExactly("North Korea");
        assertThat(boundTo("Moscow signed a deal with despot Kim Jong Un himself.", "despot"))
                .containsExactly("North Korea");
    }

    @Test
    void aCriticismOfWhatIsDoneToATargetIsNotBoundToIt() {
        assertThat(boundTo("The war has been a disaster for Ukraine.", "disaster")).isEmpty();
        assertThat(boundTo("Ukraine is a disaster.", "disaster")).containsExactly("Ukraine");
    }

    @Test
    void aPredicateBindsToTheSubjectNotTheNearestName() {
        assertThat(boundTo("Russia's attacks on Ukraine are reckless.", "reckless")).containsExactly("Russia");
        assertThat(boundTo("Putin and Kim Jong Un are reckless.", "reckless"))
                .containsExactlyInAnyOrder("Russia", "North Korea");
    }

    @Test
    void aCueAboutAnotherActorBindsToNoTarget() {
        assertThat(boundTo("Russia waited. Europe is reckless.", "reckless")).isEmpty();
        assertThat(boundTo("Europe lectures Africa with arrogant sermons.", "arrogant")).isEmpty();
    }

    @Test
    void aSharedReferenceBindsToBothTargetsOfThePair() {
        assertThat(boundTo("Putin met Kim Jong Un in Pyongyang. The two dictators shook hands.", "dictators"))
                .containsExactlyInAnyOrder("Russia", "North Korea");
    }

    @Test
    void aDefiniteDescriptionBindsToTheAntecedentTheArticleAlreadyJudgesTheSameWay() {
        String text = """
        Russia is brutal. Russia's army is a criminal gang. Ukraine held the line near Kharkiv.
        The invaders shelled the city again.""";
        assertThat(boundTo(text, "invaders")).containsExactly("Russia");
    }

    @Test
    void aCueWithNoTargetInItsSentenceBindsToARecentOneMoreWeakly() {
        Document doc = read("Kim Jong Un spoke for an hour. What followed was brutal.");
        Cue c = cueAt(doc, boundCues(doc), "brutal");
        assertThat(targetsOf(c)).containsExactly("North Korea");
        assertThat(c.factors[0]).isEqualTo(Tuning.CONTEXT);
    }

    @Test
    void anAntecedentIsARecentSalientTargetAndWhenNoneStandsOutNone() {
        assertThat(boundTo("Putin met Kim Jong Un. The despots talked.", "despots")).containsExactly("North Korea");
        // China is the more recent, Russia the more often named: neither stands out
        assertThat(boundTo("Putin and Moscow traded with China. The invaders left.", "invaders")).isEmpty();
    }

    @Test
    void namesInQuotationMarksAreNeverBoundTo() {
        assertThat(boundTo("He shouted \"Russia\" and the crowd was brutal.", "brutal")).isEmpty();
    }
}
