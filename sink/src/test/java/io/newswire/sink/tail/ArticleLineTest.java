package io.newswire.sink.tail;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.EnrichedArticle;
import io.newswire.testkit.Articles;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleLineTest {

    @Test
    void showsDatePublisherLanguageTitleAndStancePerTarget() {
        EnrichedArticle article = Articles.withTitle(Articles.article("a1"), "Kim and Trump\n  meet in Singapore");
        assertThat(ArticleLine.readable("a1", article))
                .isEqualTo("2018-05-31  TASS  en  \"Kim and Trump meet in Singapore\"  Russia:NEUTRAL North Korea:AGAINST");
    }

    @Test
    void marksWhatIsUnknownAndCutsLongTitles() {
        EnrichedArticle bare = EnrichedArticle.newBuilder(Articles.withTitle(Articles.article("a1"), "x".repeat(200)))
                .setPublished(null).setPublisher(null).setStance(List.of()).build();
        String line = ArticleLine.readable("a1", bare);
        assertThat(line).startsWith("????-??-??  ?  en  \"xxx").endsWith("...\"");
        assertThat(line).contains("\"" + "x".repeat(ArticleLine.TITLE_WIDTH - 3) + "...\"");
    }

    @Test
    void printsTombstonesAsDeletions() {
        assertThat(ArticleLine.readable("a1", null)).isEqualTo("deleted a1");
        assertThat(ArticleLine.json("a1", null)).isEqualTo("{\"deleted\":\"a1\"}");
    }

    @Test
    void jsonModeWritesOneLineOfPlainJson() {
        String json = ArticleLine.json("a1", Articles.withTitle(Articles.article("a1"), "Two\nlines"));
        assertThat(json).doesNotContain("\n").startsWith("{\"id\":\"a1\",").contains("\"title\":\"Two\\nlines\"");
    }
}
