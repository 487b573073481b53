package io.newswire.sink;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.Enrichment;
import java.time.Instant;

/**
 * Decides what one record of news.enriched does to the article table (pure: no Kafka, no state).
 *
 * <p>Two copies are "the same article" when they differ only in fields that describe the copy rather than the
 * article: when and where it was read ({@code ingestedAt}, {@code fileModifiedAt}, {@code fileName},
 * {@code relativePath}, {@code sourceHint}, {@code lineNumber}, {@code contentType}, {@code rawId}) and who tagged it
 * when ({@code enrichment}). Dropping the same story twice, or as .html and .txt, therefore emits once; a copy whose
 * title, text or any tag differs replaces the stored one.
 *
 * <p>Known limit: an unchanged article from a newer enricher is skipped, so the table keeps the older version string;
 * a later record from a version between the two still replaces it.
 */
public final class ArticleUpsert {
    private static final Instant EPOCH = Instant.EPOCH;
    private static final Enrichment NO_ENRICHMENT = Enrichment.newBuilder().setVersion("").setEnrichedAt(EPOCH).build();

    private ArticleUpsert() {
    }

    /**
     * @param stored   what the table holds for the key, or null
     * @param incoming the record's value, or null for a tombstone
     */
    public static UpsertDecision decide(EnrichedArticle stored, EnrichedArticle incoming) {
        if (incoming == null) {
            return stored == null ? UpsertDecision.ABSENT : UpsertDecision.DELETE;
        }
        if (stored == null) {
            return UpsertDecision.INSERT;
        }
        if (versionOf(incoming).isOlderThan(versionOf(stored))) {
            return UpsertDecision.STALE;
        }
        return sameArticle(stored, incoming) ? UpsertDecision.UNCHANGED : UpsertDecision.REPLACE;
    }

    static SemanticVersion versionOf(EnrichedArticle article) {
        return SemanticVersion.parse(article.getEnrichment().getVersion());
    }

    static boolean sameArticle(EnrichedArticle a, EnrichedArticle b) {
        return withoutCopyDetails(a).equals(withoutCopyDetails(b));
    }

    private static EnrichedArticle withoutCopyDetails(EnrichedArticle article) {
        return EnrichedArticle.newBuilder(article)
                .setRawId("")
                .setFileName("")
                .setRelativePath(null)
                .setSourceHint(null)
                .setLineNumber(null)
                .setContentType("")
                .setIngestedAt(EPOCH)
                .setFileModifiedAt(null)
                .setEnrichment(NO_ENRICHMENT)
                .build();
    }
}
