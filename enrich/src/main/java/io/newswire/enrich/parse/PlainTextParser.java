package io.newswire.enrich.parse;

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
    static final Pattern MENU_SEPARATOR = Pattern.compile("\\s[|•·]\\s");
    static final Pattern DATE_ONLY = Pattern.compile("^[\\p{L}\\d ,./:-]{4,60}$");
    static final Pattern HAS_DIGIT = Pattern.compile("\\d");
    // The dateline alternative is case-sensitive: under (?i) \p{Lu} matches every letter, and a headline with a comma
    // ("Explosions reported near Brussels overnight, officials say") would be taken for a dateline.
    static final Pattern NOT_A_HEADLINE =
            Pattern.compile("(?i)https?://|www\\.|©|\\bcopyright\\b|(?-i:^\\p{Lu}{3,}[\\p{Lu} ]*,)|^\\(");
    static final Pattern CREDIT = Pattern.compile("(?i)\\b(photo|image|picture|foto|credit)\\b\\s*(by|:)");

    ParsedArticle parse(String content, ArticleFields fields) {
        String text = content;
        if (text.indexOf('#') >= 0 || text.indexOf("](") >= 0) {
            text = MARKDOWN_HEADING.matcher(text).replaceAll("");
            text = MARKDOWN_LINK.matcher(text).replaceAll("$1 $2");
        }
        TextLines lines = new TextLines(text);
        int bodyStart = readHeaderBlock(lines, fields);
        if (!fields.hasTitle()) {
            fields.title(guessTitle(lines, bodyStart));
        }
        return fields.build(lines.from(bodyStart));
    }

    /** Reads "Key: value" lines (at least two known keys) or YAML front matter; returns the first body line. */
    private int readHeaderBlock(TextLines lines, ArticleFields fields) {
        int i = 0;
        while (lines.has(i) && lines.get(i).isBlank()) {
            i++;
        }
        boolean frontMatter = lines.has(i) && lines.get(i).strip().equals("---");
        int start = frontMatter ? i + 1 : i;
        int known = 0;
        int end = start;
        for (int j = start; j < start + 15 && lines.has(j); j++) {
            String line = lines.get(j).strip();
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
            Matcher m = HEADER_LINE.matcher(lines.get(j).strip());
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
    static String guessTitle(TextLines lines, int from) {
        String fallback = null;
        int seen = 0;
        // A headline has text below it: the last line of a file is never its title.
        for (int i = from; seen < 6 && lines.nonBlankAfter(i); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            int words = words(line);
            if (words >= 15 && !line.startsWith("•") || line.length() > 300) {
                break; // the body has begun: a headline stands above it
            }
            // Headlines do not end with a full stop, carry no URL or copyright, and do not open with a dateline.
            // The cheap tests go first: the regular expressions only see the lines that pass them.
            if (words > 20 || line.endsWith(".") || line.endsWith(":") || isDateLike(line, words) || isMenu(line)
                    || NOT_A_HEADLINE.matcher(line).find() || CREDIT.matcher(line).find()) {
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

    /**
     * The words of a stripped, non-empty line, as {@code split("\\s+").length} counts them: runs of characters other
     * than ASCII whitespace.
     */
    static int words(String line) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static boolean isDateLike(String line, int words) {
        return words <= 6 && HAS_DIGIT.matcher(line).find() && DATE_ONLY.matcher(line).matches();
    }

    /** Split at the separators, the line would have three parts or more: it has two separators that do not overlap. */
    private static boolean isMenu(String line) {
        Matcher separators = MENU_SEPARATOR.matcher(line);
        return separators.find() && separators.find();
    }
}
