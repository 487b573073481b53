package io.newswire.enrich.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a file's content by content type: HTML with jsoup, JSON records with Jackson, anything else as plain
 * text. Content that plainly is HTML is read as HTML whatever its declared type. Never throws.
 */
public final class ArticleParser {

    /** Analysis reads at most this many characters; a longer file is cut, with a warning. */
    public static final int MAX_CHARS = 1_000_000;

    private static final Pattern HTML_START = Pattern.compile("(?is)^\\s*(<!doctype html|<html|<head|<body|<article|<meta )");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\uFFFE\\uFFFF]");

    private final HtmlParser html = new HtmlParser();
    private final PlainTextParser text = new PlainTextParser();
    private final JsonRecordParser json = new JsonRecordParser(html);

    public ParsedArticle parse(String content, String contentType) {
        List<String> warnings = new ArrayList<>();
        String c = content == null ? "" : content;
        if (c.length() > MAX_CHARS) {
            warnings.add("content has " + c.length() + " characters; only the first " + MAX_CHARS + " were analysed");
            c = c.substring(0, MAX_CHARS);
        }
        if (hasControl(c)) {
            warnings.add("control characters removed");
            c = CONTROL.matcher(c).replaceAll(" ");
        }
        ContentFormat format = ContentFormat.ofContentType(contentType);
        if (format != ContentFormat.HTML && HTML_START.matcher(c.length() > 512 ? c.substring(0, 512) : c).find()) {
            warnings.add("content declared " + contentType + " is HTML; read as HTML");
            format = ContentFormat.HTML;
        }
        ArticleFields fields = new ArticleFields(format);
        warnings.forEach(fields::warn);
        try {
            return switch (format) {
                case HTML -> html.parse(c, fields);
                case JSON -> json.parse(c, fields, text);
                case TEXT -> text.parse(c, fields);
            };
        } catch (RuntimeException | StackOverflowError e) {
            // Last resort for inputs no parser anticipated: keep the raw text so the other steps still run.
            warnings.add("could not parse as " + format + " (" + e.getClass().getSimpleName() + "); read as plain text");
            return ParsedArticle.textOnly(ContentFormat.TEXT, c, warnings);
        }
    }

    /** What {@code CONTROL} matches, as a plain loop: a character-class search costs more on every article. */
    private static boolean hasControl(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < 0x20 ? ch != '\t' && ch != '\n' && ch != '\r' : ch == 0x7F || ch == '\uFFFE' || ch == '\uFFFF') {
                return true;
            }
        }
        return false;
    }
}
