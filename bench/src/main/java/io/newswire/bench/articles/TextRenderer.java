package io.newswire.bench.articles;

import java.util.random.RandomGenerator;

/** A plain-text scrape: what a scraper saving the visible text of the page writes, furniture included. */
final class TextRenderer {
    private TextRenderer() {
    }

    static String render(ArticleDraft a, RandomGenerator random) {
        StringBuilder out = new StringBuilder(4096);
        if (!a.nav().isEmpty()) {
            out.append(random.nextBoolean() ? String.join(" | ", a.nav()) : String.join("\n", a.nav())).append("\n\n");
        }
        out.append(a.headline()).append('\n');
        if (random.nextDouble() < 0.6) {
            out.append(a.byline()).append('\n');
        }
        out.append(a.publishedLine()).append("\n\n");
        for (String p : a.body()) {
            out.append(p).append("\n\n");
        }
        line(out, a.subscribe());
        if (a.relatedHeading() != null) {
            out.append(a.relatedHeading()).append('\n');
            a.related().forEach(r -> out.append(r.headline()).append(" (").append(r.date()).append(")\n"));
            out.append('\n');
        }
        if (a.commentsHeading() != null) {
            out.append(a.commentsHeading()).append("\n\n");
            a.comments().forEach(c -> out.append(c.author()).append('\n').append(c.time()).append('\n')
                    .append(c.text()).append("\n\n"));
        }
        line(out, a.copyright());
        line(out, a.fullStory());
        return out.toString();
    }

    private static void line(StringBuilder out, String line) {
        if (line != null) {
            out.append(line).append("\n\n");
        }
    }
}
