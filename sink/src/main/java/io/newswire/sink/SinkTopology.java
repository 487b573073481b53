package io.newswire.sink;

import io.newswire.avro.EnrichedArticle;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * news.enriched → upsert into {@value #STORE} → news.articles. Keys are article ids on both sides, so no
 * repartitioning: partition p of the input feeds partition p of the store and the output.
 */
public final class SinkTopology {
    /** The materialized article table, queried by the HTTP API. */
    public static final String STORE = "articles-store";

    private SinkTopology() {
    }

    /** The store's changelog topic, named by Kafka Streams after the application id and the store. */
    public static String changelogTopic(String applicationId) {
        return applicationId + "-" + STORE + "-changelog";
    }

    public static void build(StreamsBuilder builder, SinkTopics topics, Serde<EnrichedArticle> articleSerde,
                             SinkMetrics metrics) {
        StoreBuilder<KeyValueStore<String, EnrichedArticle>> store = Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(STORE), Serdes.String(), articleSerde);
        builder.addStateStore(store);
        builder.stream(topics.enriched(), Consumed.with(Serdes.String(), articleSerde).withName("read-enriched"))
                .process(() -> new ArticleUpsertProcessor(STORE, metrics), Named.as("upsert-article"), STORE)
                .to(topics.articles(), Produced.with(Serdes.String(), articleSerde).withName("write-articles"));
    }
}
