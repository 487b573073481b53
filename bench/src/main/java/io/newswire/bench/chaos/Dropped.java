package io.newswire.bench.chaos;

import io.newswire.bench.chaos.DropFiles.Kind;

/**
 * A file the run dropped, with what the verification needs: where, what kind, which template it copies, its raw id
 * (content hash) and the article id enrich should give it.
 */
record Dropped(String relativePath, Kind kind, String template, String rawId, String expectedId, long atMillis) {
}
