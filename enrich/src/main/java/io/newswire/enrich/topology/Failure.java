package io.newswire.enrich.topology;

import io.newswire.enrich.ArticleRejectedException;

/**
 * Why a record was dead-lettered: a stable code, one sentence for a person, and the error behind it.
 *
 * @param code   the DeadLetter code, e.g. DESERIALIZATION
 * @param reason what was wrong and what to do
 * @param error  the exception that rejected the record
 */
record Failure(String code, String reason, Exception error) {
    static final String DESERIALIZATION = "DESERIALIZATION";
    static final String ENRICHMENT_FAILED = "ENRICHMENT_FAILED";
    static final String OVERSIZE_OUTPUT = "OVERSIZE_OUTPUT";
    static final String INVALID_OUTPUT = "INVALID_OUTPUT";

    static Failure deserialization(Exception error) {
        return new Failure(DESERIALIZATION, "The record is not a RawArticle in Confluent Avro wire format with a schema "
                + "known to the registry; fix the producer that wrote it and re-send the article.", error);
    }

    /** An exception from the enricher: its own code when it rejected the record, ENRICHMENT_FAILED otherwise. */
    static Failure enrichment(Exception error) {
        if (error instanceof ArticleRejectedException rejected) {
            return new Failure(rejected.code(), rejected.getMessage(), error);
        }
        return new Failure(ENRICHMENT_FAILED, "The enricher failed on this article; report it with this dead letter, "
                + "and replay news.raw once a fixed enricher ships.", error);
    }

    static Failure oversizeOutput(Exception error) {
        return new Failure(OVERSIZE_OUTPUT, "The enriched article is larger than enrich.max-output-bytes; raise the "
                + "limit or shorten the article, then re-send it.", error);
    }

    static Failure invalidOutput(Exception error) {
        return new Failure(INVALID_OUTPUT, "The enriched article could not be serialized as an EnrichedArticle; report "
                + "it with this dead letter, and replay news.raw once a fixed enricher ships.", error);
    }
}
