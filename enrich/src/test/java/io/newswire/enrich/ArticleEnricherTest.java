package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.avro.Stance;
import io.newswire.avro.StanceLabel;
import io.newswire.enrich.clean.TextCleaner;
import io.newswire.enrich.source.SourceTagger;
import io.newswire.enrich.stance.StanceInput;
import io.newswire.enrich.stance.StanceResult;
import io.newswire.enrich.stance.StanceTagger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleEnricherTest {

    private static final String HTML = "<html><head><link rel=\"canonical\" href=\"https://www.reuters.com/world/story-1/?utm_source=x\">"
            + "<meta property=\"og:site_name\" content=\"Reuters\"><meta property=\"article:published_time\" content=\"2024-06-19T03:12:00Z\">"
            + "</head><body><article><h1>Kim welcomes Putin</h1><p>North Korean leader Kim Jong Un welcomed Russian President "
            + "Vladimir Putin in Pyongyang on Wednesday, according to a statement carried by KCNA.</p></article></body></html>";

    @Test
    void enrichesAllPartsAndDerivesTheIdFromTheCanonicalUrl() {
        EnrichedArticle a = TestFiles.enrich("story.html", HTML);
        assertThat(a.getId()).isEqualTo(CanonicalUrl.sha256Hex("https://reuters.com/world/story-1")).isNotEqualTo(a.getRawId());
        assertThat(a.getUrl()).isEqualTo("https://www.reuters.com/world/story-1/?utm_source=x");
        assertThat(a.getTitle()).isEqualTo("Kim welcomes Putin");
        assertThat(a.getLanguage()).isEqualTo("en");
        assertThat(a.getPublisher().getName()).isEqualTo("Reuters");
        assertThat(a.getCitedSources()).extracting(c -> c.getName()).containsExactly("Korean Central News Agency");
        assertThat(a.getPublished().getDate()).isEqualTo("2024-06-19");
        // Neutral wire copy: both targets it mentions get an entry, neither a side.
        assertThat(a.getStance()).extracting(st -> st.getTarget() + ":" + st.getLabel())
                .containsExactly("Russia:NEUTRAL", "North Korea:NEUTRAL");
        assertThat(a.getEnrichment().getVersion()).isEqualTo(ArticleEnricher.VERSION);
        assertThat(a.getContentType()).isEqualTo("text/html");
    }

    @Test
    void withoutCanonicalUrlTheIdIsTheRawId() {
        EnrichedArticle a = TestFiles.enrich("a.txt", "Some text without any URL at all, long enough to count as prose here.");
        assertThat(a.getId()).isEqualTo(a.getRawId());
    }

    @Test
    void stanceStepIsPluggedInAndItsWarningsKept() {
        StanceTagger fixed = new StanceTagger() {
            @Override
            public Set<String> supportedLanguages() {
                return Set.of("en");
            }

            @Override
            public StanceResult tag(StanceInput input) {
                return new StanceResult(List.of(new Stance("Russia", StanceLabel.NEUTRAL, 0.0, 0.5, 1, List.of())), List.of("stance: test"));
            }
        };
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
        ArticleEnricher enricher = new ArticleEnricher(new TextCleaner(), new SourceTagger(), fixed, clock);
        EnrichedArticle a = enricher.enrich(TestFiles.raw("a.html", HTML));
        assertThat(a.getStance()).extracting(Stance::getTarget).containsExactly("Russia");
        assertThat(a.getWarnings()).contains("stance: test");
        assertThat(a.getEnrichment().getEnrichedAt()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
    }

    @Test
    void aFailingStepBecomesAWarning() {
        StanceTagger broken = new StanceTagger() {
            @Override
            public Set<String> supportedLanguages() {
                return Set.of();
            }

            @Override
            public StanceResult tag(StanceInput input) {
                throw new IllegalStateException("boom");
            }
        };
        ArticleEnricher enricher = new ArticleEnricher(new TextCleaner(), new SourceTagger(), broken, Clock.systemUTC());
        EnrichedArticle a = enricher.enrich(TestFiles.raw("a.html", HTML));
        assertThat(a.getWarnings()).anyMatch(w -> w.startsWith("stance step failed (IllegalStateException: boom)"));
        assertThat(a.getPublisher()).isNotNull();
    }

    @Test
    void rawArticlesFromFilesLikeIngest(@TempDir Path dir) throws Exception {
        Path txt = Files.writeString(dir.resolve("note"), "plain");
        Path html = Files.writeString(dir.resolve("page.HTM"), "<p>x</p>");
        Path jsonl = Files.writeString(dir.resolve("feed.jsonl"), "{\"title\":\"a\"}\n\n{\"title\":\"b\"}\n");
        Path latin1 = Files.write(dir.resolve("old.txt"), "Café".getBytes(StandardCharsets.ISO_8859_1));
        Files.setLastModifiedTime(txt, FileTime.from(Instant.parse("2020-02-03T04:05:06Z")));

        RawArticle plain = RawArticles.fromFile(txt).get(0);
        assertThat(plain.getContentType()).isEqualTo("text/plain");
        assertThat(plain.getId()).isEqualTo(CanonicalUrl.sha256Hex("plain".getBytes(StandardCharsets.UTF_8)));
        assertThat(plain.getFileModifiedAt()).isEqualTo(Instant.parse("2020-02-03T04:05:06Z"));
        assertThat(plain.getCharsetSource()).isEqualTo("VALID_UTF8");
        assertThat(RawArticles.fromFile(html).get(0).getContentType()).isEqualTo("text/html");
        List<RawArticle> lines = RawArticles.fromFile(jsonl);
        assertThat(lines).extracting(RawArticle::getLineNumber).containsExactly(1, 3);
        assertThat(lines).extracting(RawArticle::getContentType).containsOnly("application/json");
        RawArticle decoded = RawArticles.fromFile(latin1).get(0);
        assertThat(decoded.getContent()).isEqualTo("Café");
        assertThat(decoded.getCharsetSource()).isEqualTo("DETECTED");
    }

    @Test
    void explainReportShowsEachTagWithItsEvidence() {
        String report = ExplainReport.text(TestFiles.enrich("story.html", HTML));
        assertThat(report).startsWith("story.html").contains("published  2024-06-19").contains("METADATA")
                .contains("publisher  Reuters (reuters.com)").contains("cited      Korean Central News Agency ×1")
                .contains("language   en");
        assertThat(ExplainReport.json(TestFiles.enrich("story.html", HTML))).startsWith("{\"id\":");
    }
}
