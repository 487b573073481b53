package io.newswire.enrich.topology;

import io.newswire.enrich.ArticleEnricher;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * news.raw -> enrich -> news.enriched, keyed by article id. The topology only wires named steps: the enrichment is
 * the library's ({@link ArticleEnricher}), counted by {@link EnrichMetrics}; bad records are the exception handlers'
 * ({@link DeadLetterRecords}).
 *
 * <p>Article identity: the output key is {@code EnrichedArticle.id}, the SHA-256 of the normalized canonical URL when
 * the file declares one (so an updated copy of an article replaces the old one downstream), otherwise the content
 * hash ingest used as the news.raw key.
 */
public final class EnrichTopology {
    public static final String SOURCE = "read-raw-articles";
    public static final String ENRICH = "enrich-article";
    public static final String KEY_BY_ARTICLE_ID = "key-by-article-id";
    public static final String SINK = "write-enriched-articles";

    private EnrichTopology() {
    }

    public static void build(StreamsBuilder builder, EnrichTopics topics, ArticleEnricher enricher, EnrichMetrics metrics) {
        builder.stream(topics.raw(), Consumed.with(Serdes.String(), topics.rawSerde()).withName(SOURCE))
                // Throws for unusable records; the processing exception handler dead-letters them.
                .mapValues(metrics.measured(enricher), Named.as(ENRICH))
                // Straight into the sink, so no repartition topic: news.enriched is partitioned by the new key.
                .selectKey((rawId, article) -> article.getId(), Named.as(KEY_BY_ARTICLE_ID))
                .to(topics.enriched(), Produced.with(Serdes.String(), topics.enrichedSerde()).withName(SINK));
    }
}
