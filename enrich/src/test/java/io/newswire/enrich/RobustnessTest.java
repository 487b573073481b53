package io.newswire.enrich;

import static io.newswire.enrich.TestFiles.enrich;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Hostile inputs: the library returns a result with warnings, never an exception. */
class RobustnessTest {

    @Test
    @Timeout(30)
    void tenMegabyteSingleLine() {
        String line = "Putin met Kim on May 31, 2018 according to TASS. ".repeat(10 * 1024 * 1024 / 50);
        long t = System.nanoTime();
        EnrichedArticle a = enrich("big.txt", line);
        assertThat(Duration.ofNanos(System.nanoTime() - t)).isLessThan(Duration.ofSeconds(10));
        assertThat(a.getWarnings()).anyMatch(w -> w.contains("only the first"));
        assertThat(a.getText().length()).isLessThanOrEqualTo(1_000_000);
        assertThat(a.getLanguage()).isEqualTo("en");
    }

    @Test
    @Timeout(30)
    void tenMegabytesOfHtmlAndJsonAndDeepJson() {
        assertThat(enrich("big.html", "<p>" + "word ".repeat(2_000_000) + "</p>").getWarnings()).isNotEmpty();
        assertThat(enrich("big.json", "{\"title\": \"t\", \"text\": \"" + "word ".repeat(2_000_000) + "\"}").getText()).isNotEmpty();
        assertThat(enrich("deep.json", "[".repeat(100_000)).getWarnings()).anyMatch(w -> w.contains("JSON"));
    }

    @Test
    @Timeout(30)
    void htmlNestedTenThousandDeep() {
        String html = "<html><body>" + "<div>".repeat(10_000) + "<p>North Korea and Russia signed a treaty on June 19, 2024 "
                + "after talks in Pyongyang that lasted several hours.</p>" + "</div>".repeat(10_000) + "</body></html>";
        EnrichedArticle a = enrich("deep.html", html);
        assertThat(a.getText()).contains("signed a treaty");
        assertThat(a.getLanguage()).isEqualTo("en");
    }

    @Test
    void controlCharactersRightToLeftAndMixedScripts() {
        EnrichedArticle control = enrich("c.txt", "Kim\u0000 met\u0007 Putin\u001b in Pyongyang\u0001 and signed a treaty about trade.\uFFFF");
        assertThat(control.getWarnings()).contains("control characters removed");
        assertThat(control.getText()).doesNotContain("\u0000");

        EnrichedArticle rtl = enrich("r.txt", "\u202Eقال مسؤول إيراني لقناة الجزيرة إن العملية انتهت وإن الرد سيكون قوياً\u202C");
        assertThat(rtl.getLanguage()).isEqualTo("ar");

        EnrichedArticle mixed = enrich("m.txt", "Путин 푸틴 普京 Putin «وعده صادق» ישראל Ελλάδα 🇰🇵🇷🇺 — mixed scripts in one line.");
        assertThat(mixed.getText()).contains("Putin");
    }

    @Test
    void emptyBinaryAndMalformedInputs() {
        assertThat(enrich("e.txt", "").getLanguage()).isEqualTo("und");
        assertThat(enrich("e.json", "").getWarnings()).isNotEmpty();
        assertThat(enrich("b.txt", "\u0000\u0001\u0002\uFFFD\uFFFD").getPublished().getMethod()).isEqualTo("FILE_MODIFIED");
        assertThat(enrich("m.json", "{\"title\": \"x\", \"text\": ").getWarnings()).anyMatch(w -> w.contains("malformed JSON"));
        assertThat(enrich("m.html", "<html><<<>>></div></p><script>").getText()).isNotNull();
    }

    @Test
    void aRecordMissingRequiredFieldsIsATypedRejection() {
        RawArticle broken = RawArticle.newBuilder(TestFiles.raw("x.txt", "text")).build();
        broken.put("content", null);
        assertThatThrownBy(() -> new ArticleEnricher().enrich(broken))
                .isInstanceOf(ArticleRejectedException.class)
                .satisfies(e -> assertThat(((ArticleRejectedException) e).code()).isEqualTo("INVALID_RECORD"));
        assertThatThrownBy(() -> new ArticleEnricher().enrich(null)).isInstanceOf(ArticleRejectedException.class);
    }

    @Test
    void noFileTimeFallsBackToIngestTime() {
        RawArticle raw = RawArticle.newBuilder(TestFiles.raw("x.txt", "Nothing dated here at all, just some words.")).build();
        raw.put("fileModifiedAt", null);
        raw.put("ingestedAt", Instant.parse("2031-05-06T07:08:09Z"));
        EnrichedArticle a = new ArticleEnricher().enrich(raw);
        assertThat(a.getPublished().getMethod()).isEqualTo("INGESTED");
        assertThat(a.getPublished().getConfidence()).isLessThan(0.5);
    }
}
