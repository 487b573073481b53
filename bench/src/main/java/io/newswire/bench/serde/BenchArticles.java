package io.newswire.bench.serde;

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

/** Realistic articles of about 4 KB encoded: a long body, every metadata field, a few tags with evidence. */
final class BenchArticles {

    private static final String PARAGRAPH = "MOSCOW, Oct 9 (Reuters) - Officials said on Thursday that talks on the"
            + " grain corridor would resume next week, according to a statement carried by TASS, while diplomats in"
            + " Brussels cautioned that no agreement was imminent. «Мы готовы к диалогу», the spokesperson said. ";
    private static final String BODY = PARAGRAPH.repeat(12);

    private BenchArticles() {
    }

    static RawArticle raw() {
        String html = "<html><head><title>Grain talks to resume</title><link rel=\"canonical\""
                + " href=\"https://www.example.com/world/grain-talks\"></head><body><article><p>" + BODY
                + "</p></article></body></html>";
        return RawArticle.newBuilder()
                .setId("9f2c4e1a7b3d5f60812a4c6e8b0d2f4a6c8e0a2b4d6f8a0c2e4a6c8e0b2d4f6a")
                .setFileName("grain-talks.html")
                .setRelativePath("reuters/2025/10/grain-talks.html")
                .setSourceHint("reuters")
                .setContentType("text/html")
                .setLineNumber(null)
                .setCharset("UTF-8")
                .setCharsetSource("VALID_UTF8")
                .setSizeBytes(html.length())
                .setContent(html)
                .setFileModifiedAt(Instant.parse("2025-10-09T08:31:12.345Z"))
                .setIngestedAt(Instant.parse("2025-10-09T08:32:00.001Z"))
                .setHost("ingest-7f9c")
                .build();
    }

    static EnrichedArticle enriched() {
        return EnrichedArticle.newBuilder()
                .setId("4b1d3f5a7c9e0b2d4f6a8c0e2a4b6d8f0a2c4e6a8b0d2f4a6c8e0b2d4f6a8c0e")
                .setRawId("9f2c4e1a7b3d5f60812a4c6e8b0d2f4a6c8e0a2b4d6f8a0c2e4a6c8e0b2d4f6a")
                .setFileName("grain-talks.html")
                .setRelativePath("reuters/2025/10/grain-talks.html")
                .setSourceHint("reuters")
                .setContentType("text/html")
                .setLineNumber(null)
                .setIngestedAt(Instant.parse("2025-10-09T08:32:00.001Z"))
                .setFileModifiedAt(Instant.parse("2025-10-09T08:31:12.345Z"))
                .setUrl("https://www.example.com/world/grain-talks")
                .setTitle("Grain talks to resume next week, officials say")
                .setAuthor("Jane Doe")
                .setText(BODY)
                .setLanguage("en")
                .setLanguageConfidence(0.99)
                .setPublisher(Publisher.newBuilder().setName("Reuters").setDomain("reuters.com").setCountry("GB")
                        .setKind("WIRE").setConfidence(0.95).setEvidence("MOSCOW, Oct 9 (Reuters) -").build())
                .setCitedSources(List.of(
                        CitedSource.newBuilder().setName("TASS").setDomain("tass.com").setKind("STATE_MEDIA")
                                .setMentions(12).setEvidence(List.of("according to a statement carried by TASS"))
                                .build()))
                .setPublished(PublishedDate.newBuilder().setDate("2025-10-09").setDateTime("2025-10-09T08:30:00Z")
                        .setPrecision("MINUTE").setConfidence(0.9).setMethod("DATELINE")
                        .setEvidence("MOSCOW, Oct 9 (Reuters)").build())
                .setStance(List.of(
                        Stance.newBuilder().setTarget("Russia").setLabel(StanceLabel.NEUTRAL).setScore(0.05)
                                .setConfidence(0.6).setMentions(12)
                                .setEvidence(List.of("Officials said on Thursday that talks would resume [said]"))
                                .build(),
                        Stance.newBuilder().setTarget("European Union").setLabel(StanceLabel.NEUTRAL).setScore(-0.1)
                                .setConfidence(0.55).setMentions(12)
                                .setEvidence(List.of("diplomats in Brussels cautioned [cautioned]")).build()))
                .setCommentCount(0)
                .setWarnings(List.of())
                .setEnrichment(Enrichment.newBuilder().setVersion("1.0.0")
                        .setEnrichedAt(Instant.parse("2025-10-09T08:32:01.500Z")).build())
                .build();
    }
}
