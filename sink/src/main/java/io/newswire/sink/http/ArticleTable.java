package io.newswire.sink.http;

import io.newswire.avro.EnrichedArticle;
import io.newswire.sink.SinkTopology;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The article table as one sink instance sees it: its own partitions of {@value SinkTopology#STORE}, and which
 * instance owns each key. Every method may throw {@link InvalidStateStoreException} while a rebalance moves partitions.
 */
public final class ArticleTable {
    private final KafkaStreams streams;
    private final HostInfo self;

    public ArticleTable(KafkaStreams streams, HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    public HostInfo self() {
        return self;
    }

    public KafkaStreams.State state() {
        return streams.state();
    }

    /** The instance holding the key's partition, or empty while no instance does (start-up, rebalance). */
    public Optional<HostInfo> ownerOf(String id) {
        KeyQueryMetadata metadata = streams.queryMetadataForKey(SinkTopology.STORE, id, Serdes.String().serializer());
        return metadata == null || metadata == KeyQueryMetadata.NOT_AVAILABLE
                ? Optional.empty() : Optional.of(metadata.activeHost());
    }

    /** Every instance that holds some partitions of the table, this one included. */
    public List<HostInfo> instances() {
        return streams.streamsMetadataForStore(SinkTopology.STORE).stream().map(StreamsMetadata::hostInfo).toList();
    }

    public Optional<EnrichedArticle> localGet(String id) {
        return Optional.ofNullable(store().get(id));
    }

    /** The local articles matching the filter, newest first, at most {@code filter.limit()}. */
    public List<EnrichedArticle> localSearch(ArticleFilter filter) {
        // A full scan: the table is small enough per instance; an index would be a second store to keep in sync.
        List<EnrichedArticle> found = new ArrayList<>();
        try (KeyValueIterator<String, EnrichedArticle> all = store().all()) {
            all.forEachRemaining(kv -> {
                if (filter.matches(kv.value)) {
                    found.add(kv.value);
                }
            });
        }
        found.sort(ArticleFilter.NEWEST_FIRST);
        return found.size() > filter.limit() ? List.copyOf(found.subList(0, filter.limit())) : found;
    }

    private ReadOnlyKeyValueStore<String, EnrichedArticle> store() {
        return streams.store(StoreQueryParameters.fromNameAndType(SinkTopology.STORE, QueryableStoreTypes.keyValueStore()));
    }
}
