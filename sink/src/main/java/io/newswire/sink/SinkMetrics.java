package io.newswire.sink;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The sink's meters, one count per record of news.enriched by what it did to the table: updates (insert, replace),
 * skipped no-ops (unchanged, stale, absent, no key) and tombstones applied.
 */
public final class SinkMetrics {
    private final Map<UpsertDecision, Counter> byDecision = new EnumMap<>(UpsertDecision.class);
    private final Counter withoutKey;

    public SinkMetrics(MeterRegistry meters) {
        for (UpsertDecision d : UpsertDecision.values()) {
            String value = d.name().toLowerCase(Locale.ROOT);
            byDecision.put(d, switch (d) {
                case INSERT, REPLACE -> Counter.builder("newswire.sink.updates")
                        .description("Articles written to the table and news.articles, by kind").tag("kind", value)
                        .register(meters);
                case DELETE -> Counter.builder("newswire.sink.tombstones")
                        .description("Articles deleted from the table (tombstone written to news.articles)")
                        .register(meters);
                case UNCHANGED, STALE, ABSENT -> skipped(meters, value);
            });
        }
        withoutKey = skipped(meters, "no_key");
    }

    private static Counter skipped(MeterRegistry meters, String reason) {
        return Counter.builder("newswire.sink.skipped")
                .description("Records that changed nothing (unchanged duplicate, older enricher, tombstone for an unknown article, no key)")
                .tag("reason", reason).register(meters);
    }

    void decided(UpsertDecision decision) {
        byDecision.get(decision).increment();
    }

    void withoutKey() {
        withoutKey.increment();
    }
}
