package io.newswire.sink;

/** What the sink does with one record of news.enriched, given what its table already holds for the key. */
public enum UpsertDecision {
    /** A new article: store and emit. */
    INSERT(true),
    /** A changed article from the same or a newer enricher: store and emit. */
    REPLACE(true),
    /** The same article again (a duplicate drop or a re-enrichment that changed nothing but timestamps): skip. */
    UNCHANGED(false),
    /** Produced by an older enricher than the stored copy: skip, never downgrade. */
    STALE(false),
    /** A tombstone for a stored article: remove and emit the tombstone. */
    DELETE(true),
    /** A tombstone for an article the table does not hold: nothing to delete, nothing to emit. */
    ABSENT(false);

    private final boolean emits;

    UpsertDecision(boolean emits) {
        this.emits = emits;
    }

    /** Whether the record changes the table, and so is written to news.articles. */
    public boolean emits() {
        return emits;
    }
}
