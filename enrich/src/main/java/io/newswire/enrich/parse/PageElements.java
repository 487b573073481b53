package io.newswire.enrich.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * The elements of a freshly parsed page that {@link HtmlParser} reads or removes, found in one walk over the page:
 * a CSS query per kind would walk the whole page a dozen times. Lists are in document order, as a query gives them.
 */
final class PageElements {

    /** Tags whose content is never article text: scripts, styles, form controls and embeds. */
    private static final Set<String> NON_TEXT = Set.of(
            "script", "style", "noscript", "template", "svg", "iframe", "button", "input", "select", "textarea", "object", "embed");
    /** CSS queries that test attribute values, parsed once: jsoup would parse a selector string on every call. */
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
    private static final Evaluator MAIN = QueryParser.parse("main, [role=main]");

    final List<Element> metas = new ArrayList<>();
    final List<Element> links = new ArrayList<>();
    final List<Element> jsonLdScripts = new ArrayList<>();
    final List<Element> articles = new ArrayList<>();
    final List<Element> times = new ArrayList<>();
    /** Scripts, styles, form controls and embeds: never article text. */
    final List<Element> nonText = new ArrayList<>();
    final List<Element> figcaptions = new ArrayList<>();
    /** Elements of the body that hold reader comments ({@link PageFurniture#isComments}). */
    final List<Element> commentSections = new ArrayList<>();
    Element htmlWithLang;
    Element articleBody;
    Element main;

    private PageElements() {
    }

    static PageElements of(Document doc) {
        PageElements page = new PageElements();
        Element body = doc.body();
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean inBody;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    inBody |= e == body;
                    page.add(doc, e, inBody);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                inBody &= node != body;
            }
        }, doc);
        return page;
    }

    /** Files e under what it is; the checks are those of the CSS queries named in the comments. */
    private void add(Document doc, Element e, boolean inBody) {
        String tag = e.normalName();
        switch (tag) {
            case "meta" -> metas.add(e);
            case "link" -> links.add(e);
            case "article" -> articles.add(e);
            case "figcaption" -> figcaptions.add(e);
            case "time" -> addIf(e.hasAttr("datetime"), e, times); // time[datetime]
            case "script" -> addIf(JSON_LD.matches(doc, e), e, jsonLdScripts);
            case "html" -> {
                if (htmlWithLang == null && e.hasAttr("lang")) {
                    htmlWithLang = e; // html[lang]
                }
            }
            default -> { }
        }
        addIf(NON_TEXT.contains(tag), e, nonText);
        if (main == null && MAIN.matches(doc, e)) {
            main = e;
        }
        if (e.attributesSize() == 0) {
            return; // what follows looks at attributes
        }
        if (articleBody == null && ARTICLE_BODY.matches(doc, e)) {
            articleBody = e;
        }
        if (inBody && PageFurniture.isComments(e)) {
            commentSections.add(e);
        }
    }

    private static void addIf(boolean matches, Element e, List<Element> list) {
        if (matches) {
            list.add(e);
        }
    }
}
