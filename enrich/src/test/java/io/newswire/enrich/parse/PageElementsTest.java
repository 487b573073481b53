package io.newswire.enrich.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageElementsTest {

    @Test
    void findsWhatTheCssQueriesFind() {
        Random random = new Random(3);
        for (int i = 0; i < 3_000; i++) {
            String html = RandomPages.page(random);
            Document doc = Jsoup.parse(html);
            PageElements page = PageElements.of(doc);
            assertThat(page.metas).as(html).containsExactlyElementsOf(doc.select("meta"));
            assertThat(page.links).as(html).containsExactlyElementsOf(doc.select("link"));
            assertThat(page.jsonLdScripts).as(html).containsExactlyElementsOf(doc.select("script[type=application/ld+json]"));
            assertThat(page.articles).as(html).containsExactlyElementsOf(doc.select("article"));
            assertThat(page.times).as(html).containsExactlyElementsOf(doc.select("time[datetime]"));
            assertThat(page.nonText).as(html).containsExactlyElementsOf(
                    doc.select("script, style, noscript, template, svg, iframe, button, input, select, textarea, object, embed"));
            assertThat(page.figcaptions).as(html).containsExactlyElementsOf(doc.select("figcaption"));
            assertThat(page.commentSections).as(html).containsExactlyElementsOf(
                    doc.body().getAllElements().stream().filter(PageFurniture::isComments).toList());
            assertThat(page.htmlWithLang).as(html).isSameAs(doc.selectFirst("html[lang]"));
            assertThat(page.articleBody).as(html).isSameAs(doc.selectFirst("[itemprop=articleBody]"));
            assertThat(page.main).as(html).isSameAs(doc.selectFirst("main, [role=main]"));
        }
    }

    @Test
    void wordsOfIdAndClassMarkFurnitureAndComments() {
        Element share = Jsoup.parse("<div id=\"Top\" class=\"post  share-buttons\">x</div>").selectFirst("div");
        Element comments = Jsoup.parse("<section class=\"x\" id=\"COMMENTS\"></section>").selectFirst("section");
        Element item = Jsoup.parse("<div class=\"c comment-42\"></div>").selectFirst("div");
        assertThat(PageFurniture.isFurniture(share)).isTrue();
        assertThat(PageFurniture.isComments(comments)).isTrue();
        assertThat(PageFurniture.isComments(share)).isFalse();
        assertThat(PageFurniture.isCommentItem(item)).isTrue();
        assertThat(PageFurniture.isCommentItem(share)).isFalse();
    }
}
