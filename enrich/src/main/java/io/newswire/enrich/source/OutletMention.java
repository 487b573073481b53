package io.newswire.enrich.source;

/** An outlet named in a text, by alias, domain or URL; {@code start}/{@code end} are offsets in that text. */
public record OutletMention(Outlet outlet, int start, int end, String surface) {
}
