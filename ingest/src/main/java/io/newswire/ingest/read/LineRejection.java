package io.newswire.ingest.read;

/**
 * A rejected line of a JSON Lines file whose other lines were published.
 *
 * @param lineNumber 1-based line number
 * @param rejection  why
 * @param lineBytes  the line's bytes, for the dead letter (lines are bounded by the file size limit)
 * @param articleId  hex SHA-256 of the line's bytes
 */
public record LineRejection(int lineNumber, Rejection rejection, byte[] lineBytes, String articleId) {
}
