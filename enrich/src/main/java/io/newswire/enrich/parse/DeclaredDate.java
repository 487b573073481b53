package io.newswire.enrich.parse;

/**
 * A date the file declares in its metadata, as written.
 *
 * @param value  the raw value, e.g. "2019-04-25T10:00:00+03:00" or "1556186400"
 * @param source where it was declared, e.g. "article:published_time" or "json:publishedAt"
 * @param role   whether it declares publication or a later modification
 * @param strong true for explicit metadata fields; false for weaker hints such as a bare {@code <time>} element
 */
public record DeclaredDate(String value, String source, Role role, boolean strong) {

    public enum Role { PUBLISHED, MODIFIED }
}
