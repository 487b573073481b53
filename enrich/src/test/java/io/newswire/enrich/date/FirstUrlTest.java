package io.newswire.enrich.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/** {@link PublicationDateFinder#firstUrl}, which starts its search near the first "://", against a whole-line search. */
class FirstUrlTest {

    private static final String[] PIECES = {"http", "https", "HTTPS", "hTtP", "s", "://", ":/", "//", ":", "/", "x", "h",
            "ttp", "2024/06/19", ".", " ", "\t", "\u00a0", "é", "😀", "Full story at "};

    @Test
    void readsTheFirstUrl() {
        assertThat(PublicationDateFinder.firstUrl("Full story at https://www.scmp.com/2024/06/19/x and http://b.org"))
                .isEqualTo("https://www.scmp.com/2024/06/19/x");
        assertThat(PublicationDateFinder.firstUrl("xhttp://a.b/c")).isEqualTo("http://a.b/c");
        assertThat(PublicationDateFinder.firstUrl("no link, only ://")).isNull();
    }

    @Test
    void findsWhatASearchOfTheWholeLineFinds() {
        Random random = new Random(20261122);
        int found = 0;
        for (int c = 0; c < 200_000; c++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            Matcher m = PublicationDateFinder.ANY_URL.matcher(text);
            String expected = m.find() ? m.group() : null;
            found += expected == null ? 0 : 1;
            assertThat(PublicationDateFinder.firstUrl(text.toString())).as("[%s]", text).isEqualTo(expected);
        }
        assertThat(found).as("texts with a URL").isGreaterThan(5_000);
    }
}
