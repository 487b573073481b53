package io.newswire.enrich.topology;

import io.newswire.enrich.ArticleRejectedException;
import io.newswire.platform.deadletter.DeadLetterFailure;

/** The reasons enrich dead-letters a record for, beside a failed deserialization. */
final class EnrichFailures {
    static final String ENRICHMENT_FAILED = "ENRICHMENT_FAILED";
    static final String OVERSIZE_OUTPUT = "OVERSIZE_OUTPUT";
    static final String INVALID_OUTPUT = "INVALID_OUTPUT";

    private EnrichFailures() {
    }

    /** An exception from the enricher: its own code when it rejected the record, ENRICHMENT_FAILED otherwise. */
    static DeadLetterFailure enrichment(Exception error) {
        if (error instanceof ArticleRejectedException rejected) {
            return new DeadLetterFailure(rejected.code(), rejected.getMessage(), error);
        }
        return new DeadLetterFailure(ENRICHMENT_FAILED, "The enricher failed on this article; report it with this dead "
                + "letter, and replay news.raw once a fixed enricher ships.", error);
    }

    static DeadLetterFailure oversizeOutput(Exception error) {
        return new DeadLetterFailure(OVERSIZE_OUTPUT, "The enriched article is larger than enrich.max-output-bytes; raise "
                + "the limit or shorten the article, then re-send it.", error);
    }

    static DeadLetterFailure invalidOutput(Exception error) {
        return new DeadLetterFailure(INVALID_OUTPUT, "The enriched article could not be serialized as an EnrichedArticle; "
                + "report it with this dead letter, and replay news.raw once a fixed enricher ships.", error);
    }
}
