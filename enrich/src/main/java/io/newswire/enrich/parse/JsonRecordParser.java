package io.newswire.enrich.parse;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * JSON records from feeds and scrapers, whose field names vary (url/link, title/headline, text/body/content,
 * published/date/publishedAt/pubDate, source/site/publisher, author). A body holding HTML is read as HTML.
 * Malformed JSON is not fatal: the content is then read as plain text with a warning.
 */
final class JsonRecordParser {

    static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    static {
        // Hostile input: bound nesting so a 10,000-deep array is a parse error, not a stack overflow.
        LENIENT.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(200).build());
    }

    private static final List<String> URL_KEYS = List.of("url", "link", "canonical_url", "canonicalurl", "canonical", "href", "permalink", "source_url", "article_url", "web_url");
    private static final List<String> TITLE_KEYS = List.of("title", "headline", "heading", "name");
    private static final List<String> BODY_KEYS = List.of("text", "body", "content", "article", "article_text", "articlebody", "full_text", "fulltext", "maintext", "description", "summary");
    private static final List<String> PUBLISHED_KEYS = List.of("published", "published_at", "publishedat", "pubdate", "pub_date", "date_published", "datepublished", "publish_date", "publication_date", "date", "created_at", "created", "time", "timestamp");
    private static final List<String> MODIFIED_KEYS = List.of("updated", "updated_at", "updatedat", "modified", "date_modified", "datemodified", "last_modified", "lastmodified");
    private static final List<String> SITE_KEYS = List.of("source", "site", "site_name", "sitename", "publisher", "outlet", "source_name", "sourcename", "domain", "feed");
    private static final List<String> AUTHOR_KEYS = List.of("author", "authors", "byline", "creator", "writer");
    private static final List<String> LANGUAGE_KEYS = List.of("language", "lang", "locale");

    private final HtmlParser html;

    JsonRecordParser(HtmlParser html) {
        this.html = html;
    }

    ParsedArticle parse(String content, ArticleFields fields, PlainTextParser fallback) {
        JsonNode root;
        try {
            root = LENIENT.readTree(content);
        } catch (Exception e) {
            root = salvage(content);
            if (root == null) {
                fields.warn("malformed JSON, read as plain text: " + firstLine(e.getMessage()));
                return fallback.parse(content, fields);
            }
            fields.warn("malformed JSON (" + firstLine(e.getMessage()) + "); fields recovered from its \"key\": \"value\" pairs");
        }
        if (root == null || root.isMissingNode()) {
            fields.warn("empty JSON document");
            return fields.build("");
        }
        JsonNode record = findRecord(root, fields);
        if (record == null) {
            fields.warn("JSON holds no article record (no object with a title or text field)");
            return fields.build("");
        }
        Map<String, JsonNode> byKey = keys(record);
        fields.url(text(first(byKey, URL_KEYS)));
        fields.title(text(first(byKey, TITLE_KEYS)));
        for (String k : PUBLISHED_KEYS) {
            addDate(fields, byKey.get(k), k, DeclaredDate.Role.PUBLISHED);
        }
        for (String k : MODIFIED_KEYS) {
            addDate(fields, byKey.get(k), k, DeclaredDate.Role.MODIFIED);
        }
        JsonNode site = first(byKey, SITE_KEYS);
        if (site != null && site.isObject()) {
            Map<String, JsonNode> s = keys(site);
            fields.siteName(text(first(s, List.of("name", "title", "id"))));
        } else {
            String s = text(site);
            if (s != null && HTTP_URL.matcher(s).matches()) {
                fields.siteName(hostOf(s));
            } else {
                fields.siteName(s);
            }
        }
        fields.author(names(first(byKey, AUTHOR_KEYS)));
        fields.languageHint(text(first(byKey, LANGUAGE_KEYS)));
        String body = bodyText(first(byKey, BODY_KEYS));
        if (looksLikeHtml(body)) {
            ParsedArticle fromHtml = html.parse(body, new ArticleFields(ContentFormat.HTML));
            fields.comments(fromHtml.commentCount());
            return fields.build(fromHtml.body());
        }
        return fields.build(body == null ? "" : body);
    }

    /** Unrolled string loop ([^"\\]* (\\. [^"\\]*)*): no per-character recursion, so a 10 MB value cannot overflow. */
    private static final java.util.regex.Pattern HTTP_URL = java.util.regex.Pattern.compile("(?i)https?://\\S+");
    private static final java.util.regex.Pattern HTTP_SCHEME = java.util.regex.Pattern.compile("(?i)^https?://");
    private static final java.util.regex.Pattern PAIR = java.util.regex.Pattern.compile(
            "\"([A-Za-z_][A-Za-z0-9_-]{0,40})\"\\s{0,5}:\\s{0,5}(?:\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"?|(\\d{9,13}))");

    /**
     * Flat "key": "value" pairs of a broken record (truncated file, stray comma), when they include a title or text:
     * a truncated last string is kept up to where the file ends.
     */
    private static JsonNode salvage(String content) {
        var object = LENIENT.createObjectNode();
        var m = PAIR.matcher(content.length() > 2_000_000 ? content.substring(0, 2_000_000) : content);
        while (m.find()) {
            String key = m.group(1);
            if (object.has(key)) {
                continue;
            }
            if (m.group(3) != null) {
                object.put(key, Long.parseLong(m.group(3)));
            } else {
                object.put(key, unescape(m.group(2)));
            }
        }
        Map<String, JsonNode> byKey = keys(object);
        return isText(first(byKey, BODY_KEYS)) || isText(first(byKey, TITLE_KEYS)) ? object : null;
    }

    private static String unescape(String s) {
        try {
            return LENIENT.readValue("\"" + s + "\"", String.class);
        } catch (Exception e) {
            return s.replace("\\n", "\n").replace("\\\"", "\"");
        }
    }

    /** The object that holds the article: the root, the first element of an array, or a wrapper's only child. */
    private static JsonNode findRecord(JsonNode root, ArticleFields fields) {
        JsonNode node = root;
        for (int depth = 0; depth < 4 && node != null; depth++) {
            if (node.isArray()) {
                if (node.size() > 1) {
                    fields.warn("JSON array with " + node.size() + " records: only the first was enriched");
                }
                node = node.size() == 0 ? null : node.get(0);
                continue;
            }
            if (!node.isObject()) {
                return null;
            }
            Map<String, JsonNode> byKey = keys(node);
            if (isText(first(byKey, BODY_KEYS)) || isText(first(byKey, TITLE_KEYS))) {
                return node;
            }
            JsonNode wrapped = null;
            for (String k : List.of("article", "data", "item", "record", "result", "doc", "document", "post", "items", "articles", "results")) {
                if (byKey.containsKey(k) && (byKey.get(k).isObject() || byKey.get(k).isArray())) {
                    wrapped = byKey.get(k);
                    break;
                }
            }
            node = wrapped;
        }
        return null;
    }

    /** A text value (or a list of paragraphs), not a wrapper object that happens to be called "article". */
    private static boolean isText(JsonNode v) {
        return v != null && (v.isTextual() || v.isArray() && v.size() > 0 && !v.get(0).isObject() && !v.get(0).isArray()
                || v.isArray() && v.size() > 0 && v.get(0).has("text"));
    }

    private static Map<String, JsonNode> keys(JsonNode object) {
        Map<String, JsonNode> byKey = new java.util.HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String k = e.getKey().toLowerCase(Locale.ROOT).replace("-", "_");
            if (!e.getValue().isNull()) {
                byKey.putIfAbsent(k, e.getValue());
                byKey.putIfAbsent(k.replace("_", ""), e.getValue());
            }
        }
        return byKey;
    }

    private static JsonNode first(Map<String, JsonNode> byKey, List<String> names) {
        for (String n : names) {
            JsonNode v = byKey.get(n);
            if (v != null && !v.isNull() && !(v.isTextual() && v.asText().isBlank())) {
                return v;
            }
        }
        return null;
    }

    private static void addDate(ArticleFields fields, JsonNode v, String key, DeclaredDate.Role role) {
        if (v == null || !(v.isTextual() || v.isNumber())) {
            return;
        }
        fields.date(v.asText(), "json:" + key, role, !key.equals("time") && !key.equals("timestamp") && !key.startsWith("created"));
    }

    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isValueNode()) {
            return v.asText();
        }
        if (v.isArray() && v.size() > 0) {
            return text(v.get(0));
        }
        return null;
    }

    /** Author fields come as a string, an object with a name, or a list of either. */
    private static String names(JsonNode v) {
        if (v == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        List<JsonNode> items = new ArrayList<>();
        if (v.isArray()) {
            v.forEach(items::add);
        } else {
            items.add(v);
        }
        for (JsonNode item : items) {
            String n = item.isObject() ? text(item.get("name")) : text(item);
            if (n != null && !n.isBlank()) {
                out.add(n.strip());
            }
        }
        return out.isEmpty() ? null : String.join(", ", out);
    }

    private static String bodyText(JsonNode v) {
        if (v == null) {
            return null;
        }
        if (v.isArray()) {
            StringBuilder sb = new StringBuilder();
            v.forEach(p -> {
                String t = p.isObject() ? text(p.get("text")) : text(p);
                if (t != null) {
                    sb.append(t).append('\n');
                }
            });
            return sb.toString();
        }
        return text(v);
    }

    static boolean looksLikeHtml(String s) {
        if (s == null) {
            return false;
        }
        String head = s.length() > 2000 ? s.substring(0, 2000) : s;
        return head.contains("</p>") || head.contains("<p>") || head.contains("<br") || head.contains("</div>") || head.contains("<html");
    }

    private static String hostOf(String url) {
        String h = HTTP_SCHEME.matcher(url).replaceFirst("");
        int slash = h.indexOf('/');
        return slash < 0 ? h : h.substring(0, slash);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        String m = nl < 0 ? message : message.substring(0, nl);
        return m.length() > 200 ? m.substring(0, 200) : m;
    }
}
