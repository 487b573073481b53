package io.newswire.sink;

import static io.newswire.testkit.Articles.article;
import static io.newswire.testkit.Articles.dropAgain;
import static io.newswire.testkit.Articles.withTitle;
import static io.newswire.testkit.Articles.withVersion;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.StanceLabel;
import io.newswire.testkit.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleUpsertTest {
    private final EnrichedArticle stored = article("a1");

    @Test
    void insertsAnArticleTheTableDoesNotHold() {
        assertThat(ArticleUpsert.decide(null, stored)).isEqualTo(UpsertDecision.INSERT);
    }

    @Test
    void skipsTheSameArticleDroppedAgain() {
        assertThat(ArticleUpsert.decide(stored, dropAgain(stored))).isEqualTo(UpsertDecision.UNCHANGED);
        assertThat(ArticleUpsert.decide(stored, stored)).isEqualTo(UpsertDecision.UNCHANGED);
    }

    @Test
    void skipsANewerEnrichmentThatChangedNothing() {
        assertThat(ArticleUpsert.decide(stored, withVersion(dropAgain(stored), "1.1.0"))).isEqualTo(UpsertDecision.UNCHANGED);
    }

    @Test
    void replacesWhenContentOrTagsChange() {
        assertThat(ArticleUpsert.decide(stored, withTitle(stored, "Updated headline"))).isEqualTo(UpsertDecision.REPLACE);
        EnrichedArticle newStance = EnrichedArticle.newBuilder(stored)
                .setStance(List.of(Articles.stance("Russia", StanceLabel.FAVOR))).build();
        assertThat(ArticleUpsert.decide(stored, newStance)).isEqualTo(UpsertDecision.REPLACE);
        assertThat(ArticleUpsert.decide(stored, withVersion(withTitle(stored, "Re-tagged"), "2.0.0")))
                .isEqualTo(UpsertDecision.REPLACE);
    }

    @Test
    void neverDowngradesToAnOlderEnricher() {
        EnrichedArticle newer = withVersion(stored, "1.10.0");
        assertThat(ArticleUpsert.decide(newer, withTitle(withVersion(stored, "1.9.3"), "Old tagging")))
                .isEqualTo(UpsertDecision.STALE);
    }

    @Test
    void deletesOnATombstoneOnlyWhatIsThere() {
        assertThat(ArticleUpsert.decide(stored, null)).isEqualTo(UpsertDecision.DELETE);
        assertThat(ArticleUpsert.decide(null, null)).isEqualTo(UpsertDecision.ABSENT);
        assertThat(UpsertDecision.DELETE.emits()).isTrue();
        assertThat(UpsertDecision.ABSENT.emits()).isFalse();
    }
}
