package io.newswire.serde;

import io.newswire.avro.CitedSource;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.Enrichment;
import io.newswire.avro.PublishedDate;
import io.newswire.avro.Publisher;
import io.newswire.avro.RawArticle;
import io.newswire.avro.Stance;
import io.newswire.avro.StanceLabel;
import java.time.Instant;
import java.util.List;

/** Articles exercising every kind of field: unicode text, nested records, arrays, enums, nulls, timestamps. */
public final class TestArticles {

    /** Text in several scripts plus characters outside the Basic Multilingual Plane. */
    public static final String UNICODE_TEXT = "Tōkyō — «Мир» 北京 العربية 🗞️ naïve café, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢";

    private TestArticles() {
    }

    public static RawArticle raw(String id) {
        return RawArticle.newBuilder()
                .setId(id)
                .setFileName("story-" + id + ".html")
                .setRelativePath("tass/2025/story-" + id + ".html")
                .setSourceHint("tass")
                .setContentType("text/html")
                .setLineNumber(null)
                .setCharset("UTF-8")
                .setCharsetSource("VALID_UTF8")
                .setSizeBytes(4096L)
                .setContent("<html><body><h1>" + UNICODE_TEXT + "</h1><p>Body</p></body></html>")
                .setFileModifiedAt(Instant.ofEpochMilli(1_760_000_000_123L))
                .setIngestedAt(Instant.ofEpochMilli(1_760_000_100_456L))
                .setHost("ingest-1")
                .build();
    }

    public static EnrichedArticle enriched(String id) {
        return EnrichedArticle.newBuilder()
                .setId(id)
                .setRawId("raw-" + id)
                .setFileName("story.jsonl")
                .setRelativePath(null)
                .setSourceHint(null)
                .setContentType("application/json")
                .setLineNumber(7)
                .setIngestedAt(Instant.ofEpochMilli(1_760_000_100_456L))
                .setFileModifiedAt(null)
                .setUrl("https://www.example.com/news/" + id)
                .setTitle("Headline: " + UNICODE_TEXT)
                .setAuthor(null)
                .setText(UNICODE_TEXT + "\nSecond paragraph with \"quotes\" and a tab\t.")
                .setLanguage("en")
                .setLanguageConfidence(0.97)
                .setPublisher(Publisher.newBuilder().setName("Example Times").setDomain("example.com")
                        .setCountry("GB").setKind("NEWSPAPER").setConfidence(0.9)
                        .setEvidence("og:site_name=Example Times").build())
                .setCitedSources(List.of(
                        CitedSource.newBuilder().setName("Reuters").setDomain("reuters.com").setKind("WIRE")
                                .setMentions(2).setEvidence(List.of("according to Reuters", "Reuters reported")).build(),
                        CitedSource.newBuilder().setName("ТАСС").setDomain(null).setKind(null).setMentions(1)
                                .setEvidence(List.of()).build()))
                .setPublished(PublishedDate.newBuilder().setDate("2025-10-09").setDateTime("2025-10-09T08:30:00+03:00")
                        .setPrecision("MINUTE").setConfidence(0.95).setMethod("METADATA")
                        .setEvidence("article:published_time").build())
                .setStance(List.of(Stance.newBuilder().setTarget("Russia").setLabel(StanceLabel.AGAINST)
                        .setScore(-0.4).setConfidence(0.7).setMentions(3).setEvidence(List.of("condemned")).build()))
                .setCommentCount(12)
                .setWarnings(List.of("stance skipped: language de not supported"))
                .setEnrichment(Enrichment.newBuilder().setVersion("1.0.0")
                        .setEnrichedAt(Instant.ofEpochMilli(1_760_000_200_789L)).build())
                .build();
    }
}
