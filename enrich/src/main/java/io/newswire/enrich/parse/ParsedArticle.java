package io.newswire.enrich.parse;

import java.util.List;

/**
 * What the parser read from a file, before any cleaning: declared metadata and the body as lines of text.
 *
 * @param format        how the content was read (after sniffing: a .txt holding HTML is read as HTML)
 * @param title         the headline, or null
 * @param author        the author, or null
 * @param url           the canonical URL the file declares for itself, or null
 * @param siteName      the outlet the file declares as its publisher (og:site_name, JSON-LD publisher, a source
 *                      field), or null
 * @param dates         declared dates, strongest source first
 * @param body          the body text, one paragraph or block per line
 * @param commentCount  reader comments the markup separated from the body (HTML comment sections), else 0
 * @param languageHint  a declared language (html lang, a JSON field), or null; weaker than detection
 * @param warnings      problems met while parsing, for a person to read
 */
public record ParsedArticle(ContentFormat format, String title, String author, String url, String siteName,
                                                        List<DeclaredDate> dates, String body, int commentCount, String languageHint,
                                                        List<String> warnings) {

    public ParsedArticle {
        dates = List.copyOf(dates);
        warnings = List.copyOf(warnings);
        body = body == null ? "" : body;
    }

    /** An article with nothing but a body; the starting point for files whose structure could not be read. */
    public static ParsedArticle textOnly(ContentFormat format, String body, List<String> warnings) {
        return new ParsedArticle(format, null, null, null, null, List.of(), body, 0, null, warnings);
    }
}
