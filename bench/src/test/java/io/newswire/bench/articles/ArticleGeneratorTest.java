package io.newswire.bench.articles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.avro.EnrichedArticle;
import io.newswire.enrich.ArticleEnricher;
import io.newswire.enrich.RawArticles;
import java.time.Instant;
import java.util.HashSet;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {
    private static final ArticleGenerator GENERATOR = new ArticleGenerator(7);
    private static final List<GeneratedArticle> SAMPLE = IntStream.range(0, 1500).mapToObj(GENERATOR::article).toList();

    @Test
    void sameSeedAndSerialGiveTheSameFile() {
        ArticleGenerator again = new ArticleGenerator(7);
        for (int serial : new int[] {0, 1, 99, 1499}) {
            assertThat(again.article(serial).content()).isEqualTo(SAMPLE.get(serial).content());
            assertThat(again.article(serial).relativePath()).isEqualTo(SAMPLE.get(serial).relativePath());
        }
        assertThat(new ArticleGenerator(8).article(5).content()).isNotEqualTo(SAMPLE.get(5).content());
    }

    @Test
    void sizesVaryAroundThreeKilobytes() {
        IntSummaryStatistics sizes = SAMPLE.stream().mapToInt(GeneratedArticle::size).summaryStatistics();
        assertThat(sizes.getAverage()).isBetween(2700.0, 3400.0);
        assertThat(sizes.getMin()).isGreaterThanOrEqualTo(500).isLessThan(1600);
        assertThat(sizes.getMax()).isGreaterThan(6000);
    }

    @Test
    void everyFormatAndLanguageIsWellRepresented() {
        Map<ArticleFormat, Long> formats = count(GeneratedArticle::format);
        assertThat(formats.keySet()).containsExactlyInAnyOrder(ArticleFormat.values());
        assertThat(formats.get(ArticleFormat.JSON)).isBetween(200L, 400L);
        Map<String, Long> languages = count(GeneratedArticle::language);
        assertThat(languages.keySet()).containsExactlyInAnyOrderElementsOf(ArticleGenerator.LANGUAGES);
        assertThat(languages.get("en")).isBetween(650L, 850L);
        assertThat(languages.get("ru")).isBetween(120L, 260L);
    }

    @Test
    void filesCarryFurnitureCommentsAndWireDatelines() {
        String all = SAMPLE.stream().map(GeneratedArticle::text).collect(Collectors.joining("\n"));
        assertThat(all).contains("(Reuters) -", "/TASS/.", "(dpa) -", "(AFP) -", "(EFE).-", "<link rel=\"canonical\"",
                "<nav>", "class=\"comment\"", "Subscribe to our daily newsletter", "Comments (", "Lesen Sie auch:",
                "Full story at https://www.", "\"publishedAt\"", "© 20");
        assertThat(SAMPLE.stream().map(GeneratedArticle::relativePath)).allMatch(p -> p.matches("[a-z0-9]+/[^/]+-\\d+\\.(txt|html|json)"));
    }

    @Test
    void idsAreUnique() {
        Set<String> ids = new HashSet<>();
        for (GeneratedArticle a : SAMPLE) {
            assertThat(ids.add(a.urlId() != null ? a.urlId() : a.contentId())).as(a.relativePath()).isTrue();
        }
    }

    @Test
    void everyFileEnrichesToTextInItsLanguageUnderTheExpectedId() {
        ArticleEnricher enricher = new ArticleEnricher();
        int languageMatches = 0;
        List<GeneratedArticle> checked = SAMPLE.subList(0, 400);
        for (GeneratedArticle a : checked) {
            String name = a.relativePath().substring(a.relativePath().indexOf('/') + 1);
            EnrichedArticle e = enricher.enrich(RawArticles.of(name, a.text(), Instant.parse("2025-01-01T00:00:00Z")));
            assertThat(e.getText()).as(a.relativePath()).isNotBlank();
            assertThat(e.getId()).as(a.relativePath()).isEqualTo(a.urlId() != null ? a.urlId() : a.contentId());
            if (e.getLanguage().equals(a.language())) {
                languageMatches++;
            }
        }
        assertThat(languageMatches).isGreaterThanOrEqualTo(checked.size() * 95 / 100);
    }

    @Test
    void aTemplateFileMissingASectionIsRefused() {
        assertThatThrownBy(() -> LanguagePack.parse("xx", List.of("[months]", "May")))
                .hasMessageContaining("xx: the section [weekdays] is missing or empty");
        assertThatThrownBy(() -> LanguagePack.parse("xx", List.of("May")))
                .hasMessageContaining("an entry before the first [section]");
    }

    private static <K> Map<K, Long> count(Function<GeneratedArticle, K> key) {
        return SAMPLE.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
