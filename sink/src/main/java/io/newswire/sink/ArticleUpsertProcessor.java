package io.newswire.sink;

import io.newswire.avro.EnrichedArticle;
import org.apache.kafka.common.metrics.Sensor;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@link ArticleUpsert} to each record against the article store, and forwards only what changes the table.
 * Store and output are written in the same Streams transaction, so after a crash they never disagree.
 */
final class ArticleUpsertProcessor implements Processor<String, EnrichedArticle, String, EnrichedArticle> {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleUpsertProcessor.class);
    /** Metric group stream-newswire-sink-metrics; operation names give stale-records-total / -rate. */
    static final String METRICS_SCOPE = "newswire-sink";
    static final String STALE_OPERATION = "stale-records";

    private final String storeName;
    private final SinkMetrics metrics;
    private ProcessorContext<String, EnrichedArticle> context;
    private KeyValueStore<String, EnrichedArticle> store;
    private Sensor staleRecords;

    ArticleUpsertProcessor(String storeName, SinkMetrics metrics) {
        this.storeName = storeName;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, EnrichedArticle> context) {
        this.context = context;
        this.store = context.getStateStore(storeName);
        this.staleRecords = context.metrics().addRateTotalSensor(METRICS_SCOPE, context.taskId().toString(),
                STALE_OPERATION, Sensor.RecordingLevel.INFO);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        if (record.key() == null) {
            metrics.withoutKey();
            LOG.warn("skipping a record without key (article id) at offset {}", context.recordMetadata()
                    .map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("?"));
            return;
        }
        EnrichedArticle stored = store.get(record.key());
        UpsertDecision decision = ArticleUpsert.decide(stored, record.value());
        metrics.decided(decision);
        switch (decision) {
            case INSERT, REPLACE -> store.put(record.key(), record.value());
            case DELETE -> store.delete(record.key());
            case STALE -> {
                staleRecords.record();
                LOG.debug("ignoring article {} from enricher {}: the table holds version {}", record.key(),
                        record.value().getEnrichment().getVersion(), stored.getEnrichment().getVersion());
            }
            case UNCHANGED, ABSENT -> LOG.trace("article {}: {}", record.key(), decision);
        }
        if (decision.emits()) {
            context.forward(record);
        }
    }
}
