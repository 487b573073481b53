package io.newswire.sink.http;

import static io.newswire.testkit.Articles.article;
import static io.newswire.testkit.Articles.publishedOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.StanceLabel;
import io.newswire.testkit.Articles;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleFilterTest {
    private final EnrichedArticle tass = article("a1");

    @Test
    void matchesPublisherByNameOrDomainIgnoringCase() {
        assertThat(filter(Map.of("publisher", "tass")).matches(tass)).isTrue();
        assertThat(filter(Map.of("publisher", "TASS.com")).matches(tass)).isTrue();
        assertThat(filter(Map.of("publisher", "Reuters")).matches(tass)).isFalse();
        assertThat(filter(Map.of("publisher", "tass")).matches(EnrichedArticle.newBuilder(tass).setPublisher(null).build()))
                .isFalse();
    }

    @Test
    void matchesTargetAndStanceOnTheSameEntry() {
        assertThat(filter(Map.of("target", "north korea", "stance", "against")).matches(tass)).isTrue();
        assertThat(filter(Map.of("target", "Russia", "stance", "AGAINST")).matches(tass)).isFalse();
        assertThat(filter(Map.of("target", "Russia")).matches(tass)).isTrue();
        assertThat(filter(Map.of("stance", "FAVOR")).matches(tass)).isFalse();
    }

    @Test
    void matchesPublishedDateInclusively() {
        assertThat(filter(Map.of("from", "2018-05-31", "to", "2018-05-31")).matches(tass)).isTrue();
        assertThat(filter(Map.of("from", "2018-06-01")).matches(tass)).isFalse();
        assertThat(filter(Map.of("to", "2018-05-30")).matches(tass)).isFalse();
        assertThat(filter(Map.of("from", "2018-01-01")).matches(EnrichedArticle.newBuilder(tass).setPublished(null).build()))
                .isFalse();
    }

    @Test
    void rejectsMalformedParametersWithAReadableMessage() {
        assertThatThrownBy(() -> filter(Map.of("stance", "angry"))).hasMessageContaining("FAVOR, AGAINST or NEUTRAL");
        assertThatThrownBy(() -> filter(Map.of("from", "31.05.2018"))).hasMessageContaining("from must be a date");
        assertThatThrownBy(() -> filter(Map.of("limit", "1001"))).hasMessageContaining("from 1 to 1000");
        assertThatThrownBy(() -> filter(Map.of("langauge", "en"))).hasMessageContaining("unknown parameter 'langauge'");
        assertThat(filter(Map.of()).limit()).isEqualTo(ArticleFilter.DEFAULT_LIMIT);
    }

    @Test
    void roundTripsThroughItsQueryString() {
        ArticleFilter f = new ArticleFilter("South China Morning Post", "North Korea", StanceLabel.AGAINST, null,
                LocalDate.parse("2018-06-30"), 7);
        Map<String, String> parsed = new HashMap<>();
        for (String pair : f.toQueryString().split("&")) {
            String[] kv = pair.split("=", 2);
            parsed.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        assertThat(ArticleFilter.fromQuery(parsed)).isEqualTo(f);
    }

    @Test
    void sortsNewestFirstWithUndatedLast() {
        EnrichedArticle older = publishedOn(article("old"), "2017-01-01");
        EnrichedArticle newer = publishedOn(article("new"), "2019-01-01");
        EnrichedArticle undated = EnrichedArticle.newBuilder(article("undated")).setPublished(null).build();
        List<EnrichedArticle> list = new ArrayList<>(List.of(undated, older, newer));
        list.sort(ArticleFilter.NEWEST_FIRST);
        assertThat(list).extracting(EnrichedArticle::getId).containsExactly("new", "old", "undated");
    }

    private static ArticleFilter filter(Map<String, String> query) {
        return ArticleFilter.fromQuery(query);
    }
}
