package io.newswire.enrich.date;

/** Where a publication date came from, strongest first; the names are those of {@code PublishedDate.method}. */
public enum DateMethod {
    METADATA, HEADER, DATELINE, BYLINE, URL, TEXT, COMMENTS_BOUND, FILE_MODIFIED, INGESTED;

    /** File-time fallbacks say nothing about the article itself. */
    public boolean isFallback() {
        return this == FILE_MODIFIED || this == INGESTED;
    }
}
