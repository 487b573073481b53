package io.newswire.enrich.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text (and Markdown): an optional header block of "Key: value" lines or YAML front matter supplies
 * metadata; the title is otherwise taken from the first lines.
 */
final class PlainTextParser {

    /** Header keys and the field each declares. */
    private static final Map<String, String> HEADER_KEYS = Map.ofEntries(
            Map.entry("title", "title"), Map.entry("headline", "title"),
            Map.entry("url", "url"), Map.entry("link", "url"), Map.entry("source url", "url"), Map.entry("canonical", "url"),
            Map.entry("date", "published"), Map.entry("published", "published"), Map.entry("publish date", "published"),
            Map.entry("pubdate", "published"), Map.entry("published at", "published"), Map.entry("datum", "published"),
            Map.entry("updated", "modified"), Map.entry("modified", "modified"), Map.entry("last updated", "modified"),
            Map.entry("author", "author"), Map.entry("by", "author"), Map.entry("byline", "author"), Map.entry("autor", "author"),
            Map.entry("source", "site"), Map.entry("publisher", "site"), Map.entry("site", "site"), Map.entry("outlet", "site"),
            Map.entry("quelle", "site"), Map.entry("language", "lang"), Map.entry("lang", "lang"));

    private static final Pattern HEADER_LINE = Pattern.compile("^([A-Za-z][A-Za-z ]{0,15}):\\s+(\\S.{0,400})$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^#{1,6}\\s+");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]{1,300})\\]\\((https?://[^)\\s]{1,500})\\)");
    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s[|•·]\\s");
    private static final Pattern DATE_ONLY = Pattern.compile("^[\\p{L}\\d ,./:-]{4,60}$");
    private static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    // The dateline alternative is case-sensitive: under (?i) \p{Lu} matches every letter, and a headline with a comma
    // ("Explosions reported near Brussels overnight, officials say") would be taken for a dateline.
    private static final Pattern NOT_A_HEADLINE =
            Pattern.compile("(?i)https?://|www\\.|©|\\bcopyright\\b|(?-i:^\\p{Lu}{3,}[\\p{Lu} ]*,)|^\\(");
    private static final Pattern CREDIT = Pattern.compile("(?i)\\b(photo|image|picture|foto|credit)\\b\\s*(by|:)");

    ParsedArticle parse(String content, ArticleFields fields) {
        String text = content;
        if (text.indexOf('#') >= 0 || text.indexOf("](") >= 0) {
            text = MARKDOWN_HEADING.matcher(text).replaceAll("");
            text = MARKDOWN_LINK.matcher(text).replaceAll("$1 $2");
        }
        String[] lines = lines(text);
        int bodyStart = readHeaderBlock(lines, fields);
        if (!fields.hasTitle()) {
            fields.title(guessTitle(lines, bodyStart));
        }
        StringBuilder body = new StringBuilder(text.length());
        for (int i = bodyStart; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        return fields.build(body.toString());
    }

    /** The text split at \n, \r\n and \r, as {@code split("\r?\n|\r", -1)} without a regex. */
    static String[] lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start));
        return lines.toArray(new String[0]);
    }

    /** Reads "Key: value" lines (at least two known keys) or YAML front matter; returns the first body line. */
    private int readHeaderBlock(String[] lines, ArticleFields fields) {
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) {
            i++;
        }
        boolean frontMatter = i < lines.length && lines[i].strip().equals("---");
        int start = frontMatter ? i + 1 : i;
        int known = 0;
        int end = start;
        for (int j = start; j < Math.min(lines.length, start + 15); j++) {
            String line = lines[j].strip();
            if (frontMatter && line.equals("---")) {
                end = j + 1;
                break;
            }
            Matcher m = HEADER_LINE.matcher(line);
            if (!m.matches() || !HEADER_KEYS.containsKey(m.group(1).toLowerCase(Locale.ROOT).strip())) {
                if (frontMatter && m.matches()) {
                    continue;
                }
                end = j;
                break;
            }
            known++;
            end = j + 1;
        }
        if (known < 2) {
            return 0;
        }
        for (int j = start; j < end; j++) {
            Matcher m = HEADER_LINE.matcher(lines[j].strip());
            if (m.matches()) {
                apply(fields, HEADER_KEYS.get(m.group(1).toLowerCase(Locale.ROOT).strip()), unquote(m.group(2)), m.group(1));
            }
        }
        return end;
    }

    private static void apply(ArticleFields fields, String field, String value, String key) {
        if (field == null) {
            return;
        }
        switch (field) {
            case "title" -> fields.title(value);
            case "url" -> fields.url(value);
            case "published" -> fields.date(value, "header:" + key, DeclaredDate.Role.PUBLISHED, true);
            case "modified" -> fields.date(value, "header:" + key, DeclaredDate.Role.MODIFIED, true);
            case "author" -> fields.author(value);
            case "site" -> {
                if (HTTP_URL.matcher(value).matches()) {
                    fields.url(value);
                } else {
                    fields.siteName(value);
                }
            }
            case "lang" -> fields.languageHint(value);
            default -> { }
        }
    }

    private static String unquote(String v) {
        String s = v.strip();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("'") && s.endsWith("'"))) {
            return s.substring(1, s.length() - 1);
        }
        return s;
    }

    /** The first short line that reads like a headline: not a date, not a one-word section label, not a caption. */
    private static String guessTitle(String[] lines, int from) {
        int last = lines.length - 1;
        while (last >= from && lines[last].isBlank()) {
            last--;
        }
        String fallback = null;
        int seen = 0;
        // A headline has text below it: the last line of a file is never its title.
        for (int i = from; i < last && seen < 6; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            int words = WHITESPACE.split(line).length;
            if (words >= 15 && !line.startsWith("•") || line.length() > 300) {
                break; // the body has begun: a headline stands above it
            }
            boolean dateLike = HAS_DIGIT.matcher(line).find() && DATE_ONLY.matcher(line).matches() && words <= 6;
            boolean menu = MENU_SEPARATOR.split(line).length >= 3;
            // Headlines do not end with a full stop, carry no URL or copyright, and do not open with a dateline.
            boolean prose = line.endsWith(".") || line.endsWith(":") || NOT_A_HEADLINE.matcher(line).find();
            if (dateLike || menu || prose || words > 20 || CREDIT.matcher(line).find()) {
                continue;
            }
            if (words <= 3) {
                if (fallback == null) {
                    fallback = line;
                }
                continue;
            }
            return line;
        }
        return fallback;
    }
}
