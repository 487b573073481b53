package io.newswire.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code newswire explain FILE} shows for stance. */
class StanceExplainTest {

    @Test
    void showsEachEntryWithItsEvidenceSentencesAndCues() {
        StanceResult r = LexiconStanceTagger.defaults().tag(StanceInput.of("""
        Vladimir Putin landed in Pyongyang to meet Kim Jong Un.
        The two dictators seem to be finding common ground over Russia's assault on Ukraine.""", "en"));
        String out = StanceExplain.format(r);
        assertThat(out).contains("Russia").contains("North Korea").contains("Ukraine").contains("score")
                .contains("confidence").contains("mentions")
                .contains("\"The two dictators seem to be finding common ground over Russia's assault on Ukraine.\"")
                .contains("[dictators → AGAINST");
    }

    @Test
    void showsWarningsAndEmptyResults() {
        assertThat(StanceExplain.format(StanceResult.skipped("stance skipped: language 'de' is not supported")))
                .contains("warning: stance skipped: language 'de'");
        assertThat(StanceExplain.format(LexiconStanceTagger.defaults().tag(StanceInput.of("Rain in Oslo.", "en"))))
                .contains("no configured target is mentioned");
    }
}
