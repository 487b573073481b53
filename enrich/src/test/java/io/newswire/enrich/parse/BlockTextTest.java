package io.newswire.enrich.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.junit.jupiter.api.Test;

class BlockTextTest {

    @Test
    void linePerBlockWhitespaceCollapsed() {
        Element body = Jsoup.parse("<h1>Title</h1><p>One\n  two <b>bold</b>three</p>\n<div> a  b\u00A0\u200Bc </div><p> </p>").body();
        assertThat(BlockText.of(body)).isEqualTo("Title\nOne two bold three\na b c\n");
    }

    @Test
    void wordAfterAnInlineElementKeepsItsSpace() {
        Element body = Jsoup.parse("<p>The minister <span>said</span> that the <b>talks</b> with <a href=x>Moscow</a> went on.</p>").body();
        assertThat(BlockText.of(body)).isEqualTo("The minister said that the talks with Moscow went on.\n");
    }

    @Test
    void sameAsStringPerTextNodeRendering() {
        Random random = new Random(11);
        for (int i = 0; i < 3_000; i++) {
            String html = RandomPages.page(random);
            Element body = Jsoup.parse(html).body();
            assertThat(BlockText.of(body)).as(html).isEqualTo(reference(body));
        }
    }

    /** The straightforward rendering: a normalised string per text node, a split into lines. */
    private static String reference(Element root) {
        Set<String> blocks = Set.of(
                "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section", "article",
                "header", "footer", "blockquote", "pre", "figure", "figcaption", "dd", "dt", "dl", "hr", "main", "address",
                "aside", "time", "caption");
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (!s.isBlank()) {
                        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n' && sb.charAt(sb.length() - 1) != ' ') {
                            sb.append(' ');
                        }
                        sb.append(s.strip()).append(s.endsWith(" ") ? " " : "");
                    }
                } else if (node instanceof Element e && blocks.contains(e.tagName())) {
                    newline(sb);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && blocks.contains(e.tagName())) {
                    newline(sb);
                }
            }
        }, root);
        StringBuilder out = new StringBuilder();
        for (String line : sb.toString().split("\n")) {
            if (!line.strip().isEmpty()) {
                out.append(line.strip()).append('\n');
            }
        }
        return out.toString();
    }

    private static void newline(StringBuilder sb) {
        int n = sb.length();
        while (n > 0 && sb.charAt(n - 1) == ' ') {
            n--;
        }
        sb.setLength(n);
        if (n > 0 && sb.charAt(n - 1) != '\n') {
            sb.append('\n');
        }
    }
}
