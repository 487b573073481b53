package io.newswire.enrich.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TextLengthTest {

    @Test
    void countsWhatTextGives() {
        Element e = Jsoup.parse("<div> One\n\t two <p>three</p>four<br>five&nbsp;&#8203;six <pre>  a\n b </pre></div>").selectFirst("div");
        assertThat(TextLength.of(e)).isEqualTo(e.text().length());
    }

    @Test
    void stopsCountingAtTheLimit() {
        Element e = Jsoup.parse("<p>" + "word ".repeat(100) + "</p>").selectFirst("p");
        assertThat(TextLength.of(e, 10)).isEqualTo(10);
        assertThat(TextLength.of(e, 10_000)).isEqualTo(e.text().length());
    }

    @Test
    void matchesJsoupOnRandomPages() {
        Random random = new Random(7);
        for (int i = 0; i < 3_000; i++) {
            String html = RandomPages.page(random);
            for (Element e : Jsoup.parse(html).getAllElements()) {
                int length = e.text().length();
                assertThat(TextLength.of(e)).as("%s in %s", e.tagName(), html).isEqualTo(length);
                int limit = random.nextInt(50);
                assertThat(TextLength.of(e, limit)).as("%s in %s, at most %d", e.tagName(), html, limit).isEqualTo(Math.min(length, limit));
            }
        }
    }
}
