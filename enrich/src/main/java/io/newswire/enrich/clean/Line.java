package io.newswire.enrich.clean;

/** One non-blank line of the file, classified. */
public record Line(int index, String text, LineKind kind) {
}
