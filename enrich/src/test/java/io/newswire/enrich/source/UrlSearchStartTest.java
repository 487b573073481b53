package io.newswire.enrich.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** The URL search that starts at {@link SourceTagger#urlSearchStart} finds what a search of the whole line finds. */
class UrlSearchStartTest {

    @Test
    void startsAtTheSchemeOrAtWww() {
        assertThat(SourceTagger.urlSearchStart("Full story at https://www.scmp.com/x")).isEqualTo(14);
        assertThat(SourceTagger.urlSearchStart("via WwW.scmp.com and http://x.org")).isEqualTo(4);
        assertThat(SourceTagger.urlSearchStart("no link in this line")).isEqualTo(-1);
    }

    @Test
    void findsTheSameUrlAsASearchFromTheStartOfTheLine() {
        Random random = new Random(20261122);
        int found = 0;
        for (int c = 0; c < 200_000; c++) {
            String text = RandomText.of(random, 14) + (random.nextInt(4) == 0 ? "WwW.x.y" : "");
            Matcher whole = SourceTagger.URL.matcher(text);
            int from = SourceTagger.urlSearchStart(text);
            Matcher fromStart = SourceTagger.URL.matcher(text);
            if (!whole.find()) {
                assertThat(from >= 0 && fromStart.find(from)).as("[%s]", text).isFalse();
                continue;
            }
            found++;
            assertThat(from).as("[%s]", text).isBetween(0, whole.start());
            assertThat(fromStart.find(from)).isTrue();
            assertThat(fromStart.start()).as("[%s]", text).isEqualTo(whole.start());
            assertThat(fromStart.end()).as("[%s]", text).isEqualTo(whole.end());
        }
        assertThat(found).as("texts with a URL").isGreaterThan(10_000);
    }
}
