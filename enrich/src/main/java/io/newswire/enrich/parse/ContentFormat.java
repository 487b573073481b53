package io.newswire.enrich.parse;

import java.util.Locale;

/** How a file's content is read. */
public enum ContentFormat {
    TEXT, HTML, JSON;

    /** The format for a MIME type; unknown types are read as text. */
    public static ContentFormat ofContentType(String contentType) {
        String t = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (t.contains("html") || t.contains("xml")) {
            return HTML;
        }
        if (t.contains("json")) {
            return JSON;
        }
        return TEXT;
    }
}
