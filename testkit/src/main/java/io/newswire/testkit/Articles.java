package io.newswire.testkit;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.Enrichment;
import io.newswire.avro.PublishedDate;
import io.newswire.avro.Publisher;
import io.newswire.avro.Stance;
import io.newswire.avro.StanceLabel;
import java.time.Instant;
import java.util.List;

/** Enriched articles for tests: a complete one, and the changes a consumer (e.g. the sink) has to tell apart. */
public final class Articles {
    private Articles() {
    }

    /** A complete article as enricher 1.0.0 would write it. */
    public static EnrichedArticle article(String id) {
        return EnrichedArticle.newBuilder()
                .setId(id)
                .setRawId("raw-" + id)
                .setFileName(id + ".html")
                .setRelativePath("tass/" + id + ".html")
                .setSourceHint("tass")
                .setContentType("text/html")
                .setLineNumber(null)
                .setIngestedAt(Instant.parse("2018-06-01T10:00:00Z"))
                .setFileModifiedAt(Instant.parse("2018-06-01T09:59:00Z"))
                .setUrl("https://tass.com/world/" + id)
                .setTitle("Talks in Singapore " + id)
                .setAuthor(null)
                .setText("Body of " + id)
                .setLanguage("en")
                .setLanguageConfidence(0.99)
                .setPublisher(Publisher.newBuilder().setName("TASS").setDomain("tass.com").setCountry("RU")
                        .setKind("WIRE").setConfidence(0.95).setEvidence("og:site_name=TASS").build())
                .setCitedSources(List.of())
                .setPublished(PublishedDate.newBuilder().setDate("2018-05-31").setDateTime(null).setPrecision("DAY")
                        .setConfidence(0.9).setMethod("METADATA").setEvidence("article:published_time").build())
                .setStance(List.of(
                        stance("Russia", StanceLabel.NEUTRAL),
                        stance("North Korea", StanceLabel.AGAINST)))
                .setCommentCount(0)
                .setWarnings(List.of())
                .setEnrichment(Enrichment.newBuilder().setVersion("1.0.0")
                        .setEnrichedAt(Instant.parse("2018-06-01T10:00:01Z")).build())
                .build();
    }

    public static Stance stance(String target, StanceLabel label) {
        return Stance.newBuilder().setTarget(target).setLabel(label).setScore(label == StanceLabel.AGAINST ? -0.5 : 0.0)
                .setConfidence(0.8).setMentions(2).setEvidence(List.of()).build();
    }

    /** The same article dropped again: another file, read and enriched later, same content. */
    public static EnrichedArticle dropAgain(EnrichedArticle article) {
        return EnrichedArticle.newBuilder(article)
                .setRawId(article.getRawId() + "-copy")
                .setFileName("copy-of-" + article.getFileName())
                .setRelativePath("inbox/copy-of-" + article.getFileName())
                .setIngestedAt(article.getIngestedAt().plusSeconds(3600))
                .setFileModifiedAt(article.getFileModifiedAt().plusSeconds(3600))
                .setEnrichment(Enrichment.newBuilder(article.getEnrichment())
                        .setEnrichedAt(article.getEnrichment().getEnrichedAt().plusSeconds(3600)).build())
                .build();
    }

    public static EnrichedArticle withTitle(EnrichedArticle article, String title) {
        return EnrichedArticle.newBuilder(article).setTitle(title).build();
    }

    public static EnrichedArticle withVersion(EnrichedArticle article, String version) {
        return EnrichedArticle.newBuilder(article)
                .setEnrichment(Enrichment.newBuilder(article.getEnrichment()).setVersion(version).build()).build();
    }

    public static EnrichedArticle publishedOn(EnrichedArticle article, String date) {
        return EnrichedArticle.newBuilder(article)
                .setPublished(PublishedDate.newBuilder(article.getPublished()).setDate(date).build()).build();
    }
}
