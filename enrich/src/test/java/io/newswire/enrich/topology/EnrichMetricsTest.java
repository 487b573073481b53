package io.newswire.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.PublishedDate;
import io.newswire.avro.StanceLabel;
import io.newswire.testkit.Articles;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EnrichMetricsTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final EnrichMetrics metrics = new EnrichMetrics(meters);

    @Test
    void countsEachTagsOutcome() {
        EnrichedArticle tass = Articles.article("a1"); // publisher TASS, date from METADATA, two stance entries
        EnrichedArticle anonymous = EnrichedArticle.newBuilder(Articles.article("a2")).setPublisher(null)
                .setPublished(null).setStance(List.of(Articles.stance("Russia", StanceLabel.AGAINST))).build();
        metrics.count(tass);
        metrics.count(anonymous);

        assertThat(meters.get("newswire.enrich.records.enriched").counter().count()).isEqualTo(2);
        assertThat(meters.get("newswire.enrich.publisher").tag("outcome", "found").counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.enrich.publisher").tag("outcome", "unknown").counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.enrich.date.method").tag("method", tass.getPublished().getMethod())
                .counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.enrich.date.method").tag("method", "none").counter().count()).isEqualTo(1);
        assertThat(meters.get("newswire.enrich.stance").tags("target", "Russia", "label", "NEUTRAL").counter().count())
                .isEqualTo(1);
        assertThat(meters.get("newswire.enrich.stance").tags("target", "Russia", "label", "AGAINST").counter().count())
                .isEqualTo(1);
        assertThat(meters.get("newswire.enrich.stance").tags("target", "North Korea", "label", "AGAINST").counter().count())
                .isEqualTo(1);
    }

    @Test
    void stanceTargetsBeyondTheLimitCountAsOther() {
        IntStream.range(0, EnrichMetrics.MAX_TARGETS + 10).forEach(i -> metrics.count(EnrichedArticle
                .newBuilder(Articles.article("t" + i)).setStance(List.of(Articles.stance("target " + i, StanceLabel.FAVOR)))
                .build()));

        List<String> targets = meters.find("newswire.enrich.stance").meters().stream().map(Meter::getId)
                .map(id -> id.getTag("target")).distinct().toList();
        assertThat(targets).hasSize(EnrichMetrics.MAX_TARGETS + 1).contains(EnrichMetrics.OTHER);
        assertThat(meters.get("newswire.enrich.stance").tags("target", EnrichMetrics.OTHER, "label", "FAVOR")
                .counter().count()).isEqualTo(10);
    }

    @Test
    void anUnknownDateMethodCountsAsOther() {
        EnrichedArticle a = Articles.article("a3");
        metrics.count(EnrichedArticle.newBuilder(a)
                .setPublished(PublishedDate.newBuilder(a.getPublished()).setMethod("SOMETHING_NEW").build()).build());
        assertThat(meters.get("newswire.enrich.date.method").tag("method", EnrichMetrics.OTHER).counter().count())
                .isEqualTo(1);
    }
}
