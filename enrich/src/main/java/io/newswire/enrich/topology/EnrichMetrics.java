package io.newswire.enrich.topology;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.avro.Stance;
import io.newswire.enrich.ArticleEnricher;
import io.newswire.enrich.date.DateMethod;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.apache.kafka.streams.kstream.ValueMapper;

/**
 * enrich's meters, counted by the topology's enrichment step on each result, so the enrichment library stays free of
 * metrics: records enriched, processing time, and the outcome of each tag. Tag values are bounded: date methods are
 * a fixed set, stance targets come from configuration and beyond {@value #MAX_TARGETS} distinct ones count as
 * "other".
 */
public final class EnrichMetrics {
    static final int MAX_TARGETS = 50;
    static final String OTHER = "other";
    private static final Set<String> DATE_METHODS = Arrays.stream(DateMethod.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    private final MeterRegistry meters;
    private final Counter enriched;
    private final Timer processing;
    private final Set<String> targets = ConcurrentHashMap.newKeySet();

    public EnrichMetrics(MeterRegistry meters) {
        this.meters = meters;
        this.enriched = Counter.builder("newswire.enrich.records.enriched")
                .description("Articles the enricher produced a result for").register(meters);
        this.processing = Timer.builder("newswire.enrich.processing")
                .description("Time the enricher took per article, failures included")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30))
                .register(meters);
    }

    /** The enrichment step: the enricher timed, its result counted; what it throws goes on to the dead-letter handler. */
    ValueMapper<RawArticle, EnrichedArticle> measured(ArticleEnricher enricher) {
        return raw -> {
            EnrichedArticle article = processing.record(() -> enricher.enrich(raw));
            count(article);
            return article;
        };
    }

    void count(EnrichedArticle article) {
        enriched.increment();
        counter("newswire.enrich.publisher", "Articles by whether their publisher was identified",
                "outcome", article.getPublisher() == null ? "unknown" : "found").increment();
        String method = article.getPublished() == null ? "none"
                : DATE_METHODS.contains(article.getPublished().getMethod()) ? article.getPublished().getMethod() : OTHER;
        counter("newswire.enrich.date.method", "Articles by how their publication date was found", "method", method)
                .increment();
        for (Stance s : article.getStance()) {
            Counter.builder("newswire.enrich.stance").description("Stance labels given, by target")
                    .tag("target", boundedTarget(s.getTarget())).tag("label", s.getLabel().name())
                    .register(meters).increment();
        }
    }

    private Counter counter(String name, String description, String tag, String value) {
        return Counter.builder(name).description(description).tag(tag, value).register(meters);
    }

    private String boundedTarget(String target) {
        if (targets.contains(target)) {
            return target;
        }
        if (targets.size() < MAX_TARGETS) {
            targets.add(target);
            return target;
        }
        return OTHER;
    }
}
