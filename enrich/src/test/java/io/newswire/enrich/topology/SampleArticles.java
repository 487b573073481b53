package io.newswire.enrich.topology;

import io.newswire.avro.RawArticle;
import io.newswire.enrich.RawArticles;
import java.time.Instant;

/** Raw articles as ingest would publish them, each with its own content and so its own id. */
final class SampleArticles {
    private static final Instant MODIFIED = Instant.parse("2026-11-20T08:00:00Z");
    private static final String[] SENTENCES = {
        "The city council approved the new transit budget after a long debate on Tuesday evening.",
        "Officials said the plan would add bus lanes on four major roads and extend night service.",
        "Opposition members argued that the cost estimates were too optimistic and asked for an audit.",
        "Residents who spoke at the meeting were divided, with several praising the longer hours.",
        "The mayor told reporters that construction could begin in the spring if contracts are signed.",
        "Analysts noted that ridership has recovered to nearly ninety percent of its earlier level.",
    };

    private SampleArticles() {
    }

    /** A plain-text article of about {@code bytes} bytes; no URL, so its article id is its content hash. */
    static RawArticle text(int n, int bytes) {
        StringBuilder body = new StringBuilder("Transit plan update number " + n + "\n\nBy Jane Doe\n\n");
        for (int i = 0; body.length() < bytes; i++) {
            body.append(SENTENCES[(n + i) % SENTENCES.length]).append(i % 3 == 2 ? "\n\n" : " ");
        }
        return RawArticles.of("article-" + n + ".txt", body.toString(), MODIFIED);
    }

    /** An HTML page declaring a canonical URL, so its article id is the hash of that URL. */
    static RawArticle htmlWithCanonicalUrl(String url, String edition) {
        String html = "<html><head><title>Council approves transit budget</title>"
                + "<link rel=\"canonical\" href=\"" + url + "\"></head><body><article>"
                + "<h1>Council approves transit budget</h1><p>" + SENTENCES[0] + " " + SENTENCES[1] + "</p>"
                + "<p>" + edition + "</p></article></body></html>";
        return RawArticles.of("transit.html", html, MODIFIED);
    }
}
