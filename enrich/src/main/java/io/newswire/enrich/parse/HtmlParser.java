package io.newswire.enrich.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * HTML with jsoup: title, og:site_name, og:url / canonical, article:published_time, {@code <time datetime>},
 * JSON-LD NewsArticle (datePublished, dateModified, publisher, author), and the main text without navigation,
 * asides, footers, scripts, share/newsletter widgets and comment sections (which are counted, then dropped).
 */
final class HtmlParser {

    /** Class or id words that mark page furniture rather than the article. */
    private static final Set<String> FURNITURE = Set.of(
            "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "related", "share", "sharing",
            "social", "newsletter", "subscribe", "subscription", "promo", "advert", "advertisement", "ads", "ad", "cookie",
            "cookies", "banner", "popup", "modal", "widget", "footer", "toolbar", "recommended", "outbrain", "taboola",
            "signup", "paywall", "trending", "popular", "masthead", "skip", "tags");
    private static final Set<String> COMMENT_WORDS = Set.of("comments", "comment-list", "commentlist", "comments-area", "disqus", "discussion", "responses");
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "blogposting",
            "liveblogposting", "backgroundnewsarticle", "reviewnewsarticle", "report", "socialmediaposting");
    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section", "article",
            "header", "footer", "blockquote", "pre", "figure", "figcaption", "dd", "dt", "dl", "hr", "main", "address",
            "aside", "time", "caption");
    /** CSS queries parsed once: jsoup would parse a selector string on every call. */
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator HTML_LANG = QueryParser.parse("html[lang]");
    private static final Evaluator JSON_LD = QueryParser.parse("script[type=application/ld+json]");
    private static final Evaluator ARTICLE_BODY = QueryParser.parse("[itemprop=articleBody]");
    private static final Evaluator ARTICLE = QueryParser.parse("article");
    private static final Evaluator MAIN = QueryParser.parse("main, [role=main]");
    private static final Evaluator TIME = QueryParser.parse("time[datetime]");
    private static final Evaluator LIST_ITEMS = QueryParser.parse("li, article");
    private static final Evaluator NON_TEXT = QueryParser.parse("script, style, noscript, template, svg, iframe, button, input, select, textarea, object, embed");
    private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
    private static final Evaluator BYLINE = QueryParser.parse("[rel=author], [itemprop=author], .byline, .author, .author-name");
    private static final Pattern BYLINE_PREFIX = Pattern.compile("(?i)^(by|von|par|por|автор:?)\\s+");
    private static final Pattern WORD_JOINERS = Pattern.compile("[-_]");
    private static final Pattern COMMENT_ID = Pattern.compile("(?i)comment-\\d+");
    /** Meta property/name/itemprop keys (lower case) that declare the publication date, strongest first. */
    private static final String[] PUBLISHED_META = {
            "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "date", "dc.date",
            "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
            "original-publish-date", "og:published_time"};
    private static final String[] MODIFIED_META = {
            "article:modified_time", "datemodified", "og:updated_time", "last-modified", "dcterms.modified"};

    ParsedArticle parse(String content, ArticleFields fields) {
        Document doc = Jsoup.parse(content);
        readMeta(doc, fields);
        readJsonLd(doc, fields);
        Element root = mainRoot(doc);
        readTimeElements(root, fields);
        fields.comments(removeComments(doc));
        removeFurniture(doc, root);
        if (!fields.hasTitle()) {
            Element h1 = root.selectFirst(H1);
            fields.title(h1 != null ? h1.text() : doc.title());
        }
        readByline(root, fields);
        return fields.build(render(root));
    }

    private static void readMeta(Document doc, ArticleFields fields) {
        // One pass over the meta tags instead of a CSS query per field.
        Map<String, String> meta = new HashMap<>();
        Element canonical = null;
        for (Element e : doc.getElementsByTag("meta")) {
            String content = e.attr("content");
            for (String key : new String[] {e.attr("property"), e.attr("name"), e.attr("itemprop")}) {
                if (!key.isEmpty() && !content.isBlank()) {
                    meta.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                }
            }
        }
        for (Element e : doc.getElementsByTag("link")) {
            if (canonical == null && "canonical".equalsIgnoreCase(e.attr("rel")) && e.hasAttr("href")) {
                canonical = e;
            }
        }
        fields.title(meta.get("og:title"));
        fields.title(meta.get("twitter:title"));
        fields.siteName(meta.get("og:site_name"));
        fields.siteName(meta.get("application-name"));
        fields.siteName(meta.get("publisher"));
        fields.url(canonical == null ? null : canonical.attr("href"));
        fields.url(meta.get("og:url"));
        for (String key : PUBLISHED_META) {
            fields.date(meta.get(key), key, DeclaredDate.Role.PUBLISHED, true);
        }
        for (String key : MODIFIED_META) {
            fields.date(meta.get(key), key, DeclaredDate.Role.MODIFIED, true);
        }
        String author = meta.get("author");
        if (author == null) {
            String a = meta.get("article:author");
            author = a != null && !a.startsWith("http") ? a : null;
        }
        fields.author(author);
        Element html = doc.selectFirst(HTML_LANG);
        fields.languageHint(html == null ? meta.get("og:locale") : html.attr("lang"));
    }

    private static void readJsonLd(Document doc, ArticleFields fields) {
        for (Element script : doc.select(JSON_LD)) {
            JsonNode root;
            try {
                root = JsonRecordParser.LENIENT.readTree(script.data());
            } catch (Exception e) {
                fields.warn("malformed JSON-LD block ignored");
                continue;
            }
            List<JsonNode> nodes = new ArrayList<>();
            collect(root, nodes, 0);
            JsonNode article = nodes.stream().filter(HtmlParser::isArticle).findFirst().orElse(null);
            if (article == null) {
                continue;
            }
            fields.title(text(article.get("headline")));
            fields.date(text(article.get("datePublished")), "json-ld:datePublished", DeclaredDate.Role.PUBLISHED, true);
            fields.date(text(article.get("dateCreated")), "json-ld:dateCreated", DeclaredDate.Role.PUBLISHED, false);
            fields.date(text(article.get("dateModified")), "json-ld:dateModified", DeclaredDate.Role.MODIFIED, true);
            fields.siteName(name(resolve(article.get("publisher"), nodes)));
            fields.author(name(article.get("author")));
            JsonNode page = article.get("mainEntityOfPage");
            fields.url(text(article.get("url")));
            fields.url(page != null && page.isObject() ? text(page.get("@id")) : text(page));
        }
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            collect(node.get("@graph"), out, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.get("@type");
        if (type == null) {
            return false;
        }
        List<JsonNode> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(types::add);
        } else {
            types.add(type);
        }
        return types.stream().anyMatch(t -> ARTICLE_TYPES.contains(t.asText().toLowerCase(Locale.ROOT)));
    }

    /** A publisher given as {"@id": ...} refers to an Organization elsewhere in the graph. */
    private static JsonNode resolve(JsonNode ref, List<JsonNode> nodes) {
        if (ref != null && ref.isObject() && ref.get("name") == null && ref.get("@id") != null) {
            String id = ref.get("@id").asText();
            return nodes.stream().filter(n -> n != ref && n.get("@id") != null && id.equals(n.get("@id").asText()))
                    .findFirst().orElse(ref);
        }
        return ref;
    }

    private static String name(JsonNode v) {
        if (v == null) {
            return null;
        }
        if (v.isArray()) {
            List<String> names = new ArrayList<>();
            v.forEach(n -> {
                String s = name(n);
                if (s != null) {
                    names.add(s);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return v.isObject() ? text(v.get("name")) : text(v);
    }

    private static String text(JsonNode v) {
        return v == null || !v.isValueNode() ? null : v.asText();
    }

    /** articleBody markup, else the largest article, else main, else body. */
    private static Element mainRoot(Document doc) {
        Element body = doc.body();
        Element marked = doc.selectFirst(ARTICLE_BODY);
        if (marked != null && marked.text().length() > 200) {
            return marked;
        }
        Element best = null;
        int bestLength = 0;
        for (Element a : doc.select(ARTICLE)) {
            int length = a.text().length();
            if (length > bestLength) {
                best = a;
                bestLength = length;
            }
        }
        if (best != null && bestLength > 200) {
            return best;
        }
        Element main = doc.selectFirst(MAIN);
        return main != null && main.text().length() > 200 ? main : body;
    }

    private static void readTimeElements(Element root, ArticleFields fields) {
        for (Element time : root.select(TIME)) {
            if (insideFurniture(time, root)) {
                continue;
            }
            String hint = (time.className() + " " + time.attr("itemprop") + " " + time.parent().className()).toLowerCase(Locale.ROOT);
            boolean modified = hint.contains("modif") || hint.contains("updat");
            fields.date(time.attr("datetime"), "time[datetime]", modified ? DeclaredDate.Role.MODIFIED : DeclaredDate.Role.PUBLISHED,
                    time.hasAttr("pubdate") || hint.contains("datepublished"));
            if (!modified) {
                return;
            }
        }
    }

    private static boolean insideFurniture(Element e, Element root) {
        for (Element p = e; p != null && p != root; p = p.parent()) {
            if (isComments(p) || isFurniture(p)) {
                return true;
            }
        }
        return false;
    }

    /** Counts reader comments in comment sections, then removes the sections. */
    private static int removeComments(Document doc) {
        if (doc.body() == null) {
            return 0;
        }
        List<Element> sections = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (isComments(e)) {
                sections.add(e);
            }
        }
        int count = 0;
        for (Element section : sections) {
            if (section.parent() == null) {
                continue; // inside a section already removed
            }
            int items = 0;
            for (Element e : section.getAllElements()) {
                if (e != section && isCommentItem(e)) {
                    items++;
                }
            }
            if (items == 0) {
                items = section.select(LIST_ITEMS).size();
            }
            count += items;
            section.remove();
        }
        return count;
    }

    /** One reader comment: class "comment" (or "comment-123"), id "comment-123", or schema.org Comment markup. */
    private static boolean isCommentItem(Element e) {
        if (e.attr("itemtype").endsWith("/Comment") || isCommentId(e.id())) {
            return true;
        }
        for (String c : spaceSeparated(e.className())) {
            if (c.equalsIgnoreCase("comment") || isCommentId(c)) {
                return true;
            }
        }
        return false;
    }

    /** {@code COMMENT_ID}, tried only on words that start like it. */
    private static boolean isCommentId(String word) {
        return word.length() > 8 && word.regionMatches(true, 0, "comment-", 0, 8) && COMMENT_ID.matcher(word).matches();
    }

    /**
     * The words of an attribute value split at whitespace, as jsoup's {@code classNames()} and a split on {@code \s+}
     * give them, without a regular expression: this runs for every element of a page.
     */
    private static List<String> spaceSeparated(String value) {
        List<String> out = new ArrayList<>(2);
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            boolean space = i == value.length() || isSpace(value.charAt(i));
            if (space && start >= 0) {
                out.add(value.substring(start, i));
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return out;
    }

    /** {@code \s}: ASCII whitespace. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isComments(Element e) {
        if (e.tagName().equals("body") || e.tagName().equals("html")) {
            return false;
        }
        for (String w : idAndClass(e)) {
            if (COMMENT_WORDS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFurniture(Element e) {
        String tag = e.tagName();
        if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("form")) {
            return true;
        }
        if ("navigation".equals(e.attr("role")) || "complementary".equals(e.attr("role")) || "contentinfo".equals(e.attr("role"))) {
            return true;
        }
        for (String w : words(e)) {
            if (FURNITURE.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static void removeFurniture(Document doc, Element root) {
        doc.select(NON_TEXT).remove();
        doc.select(FIGCAPTION).remove();
        if (doc.body() == null) {
            return;
        }
        Set<Element> keep = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        keep.add(root);
        keep.addAll(root.parents());
        int rootLength = root.text().length();
        List<Element> doomed = new ArrayList<>();
        for (Element e : doc.body().getAllElements()) {
            if (keep.contains(e) || e.tagName().equals("article") || e.tagName().equals("main")) {
                continue;
            }
            boolean siteHeader = e.tagName().equals("header") && e.parents().stream().noneMatch(p -> p.tagName().equals("article") || p.tagName().equals("main"));
            // A class word like "sidebar" on a wrapper holding most of the text is layout, not furniture.
            if ((siteHeader || isFurniture(e)) && e.text().length() < rootLength / 2) {
                doomed.add(e);
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
        // Comments in the markup are never article text.
        List<Node> htmlComments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof org.jsoup.nodes.Comment) {
                htmlComments.add(node);
            }
        }, doc);
        htmlComments.forEach(Node::remove);
    }

    private static void readByline(Element root, ArticleFields fields) {
        Element byline = root.selectFirst(BYLINE);
        if (byline != null) {
            String text = BYLINE_PREFIX.matcher(byline.text()).replaceFirst("");
            if (text.length() <= 80) {
                fields.author(text);
            }
        }
    }

    private static List<String> idAndClass(Element e) {
        if (!e.hasAttr("id") && !e.hasAttr("class")) {
            return List.of();
        }
        return spaceSeparated((e.id() + " " + e.className()).toLowerCase(Locale.ROOT));
    }

    /** id and class split into words: "share-buttons" gives "share" and "buttons". */
    private static List<String> words(Element e) {
        List<String> out = new ArrayList<>();
        for (String s : idAndClass(e)) {
            out.add(s);
            if (s.indexOf('-') < 0 && s.indexOf('_') < 0) {
                continue;
            }
            for (String w : WORD_JOINERS.split(s)) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** Text with a line per block element; iterative, so deep nesting cannot overflow the stack. */
    static String render(Element root) {
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = t.text();
                    if (!s.isBlank()) {
                        if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '\n' && sb.charAt(sb.length() - 1) != ' ' && !s.startsWith(" ")) {
                            sb.append(' ');
                        }
                        sb.append(s.strip()).append(s.endsWith(" ") ? " " : "");
                    }
                } else if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                    newline(sb);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                    newline(sb);
                }
            }
        }, root);
        StringBuilder out = new StringBuilder(sb.length());
        for (String line : sb.toString().split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                out.append(l).append('\n');
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
