package io.newswire.enrich.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects metadata while a parser reads a file; the first value found for a field wins. */
final class ArticleFields {

    private static final Pattern HTTP_URL = Pattern.compile("(?i)https?://\\S+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final ContentFormat format;
    private String title;
    private String author;
    private String url;
    private String siteName;
    private String languageHint;
    private final List<DeclaredDate> dates = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int commentCount;

    ArticleFields(ContentFormat format) {
        this.format = format;
    }

    void title(String value) {
        if (title == null) {
            title = clean(value);
        }
    }

    void author(String value) {
        if (author == null) {
            author = clean(value);
        }
    }

    void url(String value) {
        String v = clean(value);
        if (url == null && v != null && HTTP_URL.matcher(v).matches()) {
            url = v;
        }
    }

    void siteName(String value) {
        if (siteName == null) {
            siteName = clean(value);
        }
    }

    void languageHint(String value) {
        if (languageHint == null) {
            languageHint = clean(value);
        }
    }

    void date(String value, String source, DeclaredDate.Role role, boolean strong) {
        String v = clean(value);
        if (v != null) {
            dates.add(new DeclaredDate(v, source, role, strong));
        }
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    void comments(int count) {
        commentCount += count;
    }

    boolean hasTitle() {
        return title != null;
    }

    ParsedArticle build(String body) {
        List<DeclaredDate> ordered = new ArrayList<>(dates);
        // Strong declarations first; among equals the parser's order (its priority) stands.
        ordered.sort((a, b) -> Boolean.compare(b.strong(), a.strong()));
        return new ParsedArticle(format, title, author, url, siteName, ordered, body, commentCount, languageHint, warnings);
    }

    /** Collapses whitespace; blank becomes null. Caps length so a hostile field cannot bloat the record. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String v = (hasWhitespaceToCollapse(value) ? WHITESPACE.matcher(value).replaceAll(" ") : value).strip();
        if (v.isEmpty()) {
            return null;
        }
        return v.length() > 500 ? v.substring(0, 500) : v;
    }

    /** Whether {@code WHITESPACE} would change value: a run of two or more, or one that is not a plain space. */
    private static boolean hasWhitespaceToCollapse(String value) {
        boolean afterSpace = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == ' ' && afterSpace) {
                return true;
            }
            afterSpace = c == ' ';
        }
        return false;
    }
}
