package io.newswire.enrich.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The URL searches of {@link PublicationDateFinder} that start where a match can first start, against searches of
 * the whole text.
 */
class UrlSearchesTest {

    private static final String[] PIECES = {"http", "https", "HTTPS", "hTtP", "s", "://", ":/", "//", ":", "/", "x", "h",
            "ttp", "2024/06/19", ".", " ", "\t", "\u00a0", "é", "😀", "Full story at "};
    private static final String[] URL_PIECES = {"/", "/", "19", "20", "2024", "1999", "06", "6", "jun", "JUN", "-", "_", ".", "x", "1",
            "/2024/06/19/", "/20240619", "202406", "\n", "news", "https://www.bbc.com"};

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

    @Test
    void findsTheSameDateInAUrlAsASearchOfTheWholeUrl() {
        Random random = new Random(20261122);
        int found = 0;
        for (int c = 0; c < 200_000; c++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(10); i >= 0; i--) {
                text.append(URL_PIECES[random.nextInt(URL_PIECES.length)]);
            }
            String url = text.toString();
            Matcher whole = PublicationDateFinder.URL_DATE.matcher(url);
            int from = PublicationDateFinder.urlDateSearchStart(url);
            Matcher fromStart = PublicationDateFinder.URL_DATE.matcher(url);
            if (!whole.find()) {
                assertThat(from >= 0 && fromStart.find(from)).as("[%s]", url).isFalse();
                continue;
            }
            found++;
            assertThat(from).as("[%s]", url).isBetween(0, whole.start());
            assertThat(fromStart.find(from)).isTrue();
            assertThat(fromStart.toMatchResult().group()).as("[%s]", url).isEqualTo(whole.group());
            assertThat(fromStart.start()).as("[%s]", url).isEqualTo(whole.start());
        }
        assertThat(found).as("URLs with a date").isGreaterThan(5_000);
    }
}
