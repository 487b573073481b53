package io.newswire.enrich.parse;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * HTML with jsoup: title, og:site_name, og:url / canonical, article:published_time, {@code <time datetime>},
 * JSON-LD NewsArticle (datePublished, dateModified, publisher, author), and the main text without navigation,
 * asides, footers, scripts, share/newsletter widgets and comment sections (which are counted, then dropped).
 */
final class HtmlParser {

    private static final Set<String> ARTICLE_TYPES = Set.of(
            "newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle", "blogposting",
            "liveblogposting", "backgroundnewsarticle", "reviewnewsarticle", "report", "socialmediaposting");
    /** CSS queries parsed once: jsoup would parse a selector string on every call. */
    private static final Evaluator H1 = QueryParser.parse("h1");
    private static final Evaluator LIST_ITEMS = QueryParser.parse("li, article");
    private static final Evaluator BYLINE = QueryParser.parse("[rel=author], [itemprop=author], .byline, .author, .author-name");
    private static final Pattern BYLINE_PREFIX = Pattern.compile("(?i)^(by|von|par|por|автор:?)\\s+");
    /** The article root (articleBody markup, an article, main) must hold more text than this, else the body is read. */
    private static final int MIN_ROOT_TEXT = 200;
    /** Meta property/name/itemprop keys (lower case) that declare the publication date, strongest first. */
    private static final String[] PUBLISHED_META = {
            "article:published_time", "datepublished", "pubdate", "publishdate", "publish-date", "date", "dc.date",
            "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
            "original-publish-date", "og:published_time"};
    private static final String[] MODIFIED_META = {
            "article:modified_time", "datemodified", "og:updated_time", "last-modified", "dcterms.modified"};

    ParsedArticle parse(String content, ArticleFields fields) {
        Document doc = Jsoup.parse(content);
        PageElements page = PageElements.of(doc);
        readMeta(page, fields);
        readJsonLd(page, fields);
        Element root = mainRoot(doc, page);
        readTimeElements(page, root, fields);
        fields.comments(removeComments(page));
        removeFurniture(doc, root, page);
        if (!fields.hasTitle()) {
            Element h1 = root.selectFirst(H1);
            fields.title(h1 != null ? h1.text() : doc.title());
        }
        readByline(root, fields);
        return fields.build(BlockText.of(root));
    }

    private static void readMeta(PageElements page, ArticleFields fields) {
        // One pass over the meta tags instead of a CSS query per field.
        Map<String, String> meta = new HashMap<>();
        Element canonical = null;
        for (Element e : page.metas) {
            String content = e.attr("content");
            for (String key : new String[] {e.attr("property"), e.attr("name"), e.attr("itemprop")}) {
                if (!key.isEmpty() && !content.isBlank()) {
                    meta.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
                }
            }
        }
        for (Element e : page.links) {
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
        Element html = page.htmlWithLang;
        fields.languageHint(html == null ? meta.get("og:locale") : html.attr("lang"));
    }

    private static void readJsonLd(PageElements page, ArticleFields fields) {
        for (Element script : page.jsonLdScripts) {
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
            JsonNode mainEntity = article.get("mainEntityOfPage");
            fields.url(text(article.get("url")));
            fields.url(mainEntity != null && mainEntity.isObject() ? text(mainEntity.get("@id")) : text(mainEntity));
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
    private static Element mainRoot(Document doc, PageElements page) {
        Element body = doc.body();
        Element marked = page.articleBody;
        if (marked != null && TextLength.of(marked, MIN_ROOT_TEXT + 1) > MIN_ROOT_TEXT) {
            return marked;
        }
        Element best = null;
        int bestLength = 0;
        // A single article only has to pass the threshold, so counting its text can stop there.
        int atMost = page.articles.size() == 1 ? MIN_ROOT_TEXT + 1 : Integer.MAX_VALUE;
        for (Element a : page.articles) {
            int length = TextLength.of(a, atMost);
            if (length > bestLength) {
                best = a;
                bestLength = length;
            }
        }
        if (best != null && bestLength > MIN_ROOT_TEXT) {
            return best;
        }
        Element main = page.main;
        return main != null && TextLength.of(main, MIN_ROOT_TEXT + 1) > MIN_ROOT_TEXT ? main : body;
    }

    private static void readTimeElements(PageElements page, Element root, ArticleFields fields) {
        for (Element time : page.times) {
            if (!isWithin(time, root) || insideFurniture(time, root)) {
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

    /** e is root or one of its descendants. */
    private static boolean isWithin(Element e, Element root) {
        for (Element p = e; p != null; p = p.parent()) {
            if (p == root) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideFurniture(Element e, Element root) {
        for (Element p = e; p != null && p != root; p = p.parent()) {
            if (PageFurniture.isComments(p) || PageFurniture.isFurniture(p)) {
                return true;
            }
        }
        return false;
    }

    /** Counts reader comments in comment sections, then removes the sections. */
    private static int removeComments(PageElements page) {
        int count = 0;
        for (Element section : page.commentSections) {
            if (section.parent() == null) {
                continue; // inside a section already removed
            }
            count += commentItems(section);
            section.remove();
        }
        return count;
    }

    /** The comment items of a section; failing those, its list items (li, article), the section among them. */
    private static int commentItems(Element section) {
        List<Element> elements = elementsOf(section);
        int items = 0;
        for (Element e : elements) {
            if (e != section && PageFurniture.isCommentItem(e)) {
                items++;
            }
        }
        if (items == 0) {
            for (Element e : elements) {
                items += LIST_ITEMS.matches(section, e) ? 1 : 0;
            }
        }
        return items;
    }

    /** The element and its descendants, as {@code getAllElements()} gives them but without a stream per call. */
    private static List<Element> elementsOf(Element root) {
        List<Element> elements = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Element e) {
                elements.add(e);
            }
        }, root);
        return elements;
    }

    private static void removeFurniture(Document doc, Element root, PageElements page) {
        removeFromPage(doc, page.nonText);
        removeFromPage(doc, page.figcaptions);
        List<Element> furniture = new ArrayList<>();
        // Comments in the markup are never article text. The root and the elements holding it are never furniture:
        // looking up from the root is left to the few elements that look like furniture.
        List<Comment> htmlComments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment comment) {
                htmlComments.add(comment);
            } else if (node instanceof Element e && looksLikeFurniture(e) && !isWithin(root, e)) {
                furniture.add(e);
            }
        }, doc.body());
        removeSmallerThanHalf(furniture, root);
        htmlComments.forEach(Node::remove);
    }

    /** Furniture by its tag, role, id or class, or a site header; never an article or the main part of the page. */
    private static boolean looksLikeFurniture(Element e) {
        if (e.tagName().equals("article") || e.tagName().equals("main")) {
            return false;
        }
        boolean siteHeader = e.tagName().equals("header") && !hasAncestor(e, "article", "main");
        return siteHeader || PageFurniture.isFurniture(e);
    }

    /**
     * Removes the furniture holding less than half as much text as the article root: a class word like "sidebar" on a
     * wrapper holding most of the text is layout, not furniture.
     */
    private static void removeSmallerThanHalf(List<Element> furniture, Element root) {
        if (furniture.isEmpty()) {
            return;
        }
        int[] lengths = new int[furniture.size()];
        int longest = 0;
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = TextLength.of(furniture.get(i));
            longest = Math.max(longest, lengths[i]);
        }
        // Counting the root's text can stop at more than twice the longest piece: every piece is then less than half.
        int rootLength = TextLength.of(root, 2 * (longest + 1));
        List<Element> doomed = new ArrayList<>();
        for (int i = 0; i < lengths.length; i++) {
            if (lengths[i] < rootLength / 2) {
                doomed.add(furniture.get(i));
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    /**
     * Removes those of the elements that are still in the page, as removing the matches of a query on the page
     * would: one inside a removed section stays where it is, which matters when the article root is in there too.
     */
    private static void removeFromPage(Document doc, List<Element> elements) {
        List<Element> inPage = new ArrayList<>(elements.size());
        for (Element e : elements) {
            if (e.ownerDocument() == doc) {
                inPage.add(e);
            }
        }
        inPage.forEach(Element::remove);
    }

    private static boolean hasAncestor(Element e, String tag, String otherTag) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.tagName().equals(tag) || p.tagName().equals(otherTag)) {
                return true;
            }
        }
        return false;
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
}
