package io.newswire.bench.articles;

import java.time.format.DateTimeFormatter;
import java.util.random.RandomGenerator;

/** A web page as saved from a news site: metadata in the head, navigation, the article, related links, comments. */
final class HtmlRenderer {
    private HtmlRenderer() {
    }

    static String render(ArticleDraft a, RandomGenerator random) {
        String iso = a.published().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        StringBuilder out = new StringBuilder(6144);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(a.language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.append("<title>").append(esc(a.headline())).append(" | ").append(esc(a.publisher())).append("</title>\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        if (a.declaresUrl()) {
            out.append("<link rel=\"canonical\" href=\"").append(esc(a.url())).append("\">\n");
            if (random.nextBoolean()) {
                out.append("<meta property=\"og:url\" content=\"").append(esc(a.url())).append("\">\n");
            }
        }
        out.append("<meta property=\"og:site_name\" content=\"").append(esc(a.publisher())).append("\">\n");
        out.append("<meta property=\"og:title\" content=\"").append(esc(a.headline())).append("\">\n");
        if (random.nextDouble() < 0.7) {
            out.append("<meta property=\"article:published_time\" content=\"").append(iso).append("\">\n");
        }
        if (random.nextDouble() < 0.3) {
            out.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",")
                    .append("\"headline\":\"").append(json(a.headline())).append("\",\"datePublished\":\"").append(iso)
                    .append("\",\"author\":{\"@type\":\"Person\",\"name\":\"").append(json(a.byline()))
                    .append("\"},\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(json(a.publisher()))
                    .append("\"}}</script>\n");
        }
        out.append("<link rel=\"stylesheet\" href=\"/assets/site.css\">\n</head>\n<body>\n<header class=\"site-header\">\n<nav><ul>");
        a.nav().forEach(item -> out.append("<li><a href=\"/").append(ArticleGenerator.slug(item)).append("\">")
                .append(esc(item)).append("</a></li>"));
        out.append("</ul></nav>\n</header>\n<main>\n<article>\n<h1>").append(esc(a.headline())).append("</h1>\n");
        out.append("<p class=\"byline\">").append(esc(a.byline())).append(" · <time datetime=\"").append(iso).append("\">")
                .append(esc(a.publishedLine())).append("</time></p>\n");
        a.body().forEach(p -> out.append("<p>").append(esc(p)).append("</p>\n"));
        if (a.subscribe() != null) {
            out.append("<div class=\"newsletter-signup\"><p>").append(esc(a.subscribe())).append("</p></div>\n");
        }
        if (a.fullStory() != null) {
            out.append("<p>").append(esc(a.fullStory())).append("</p>\n");
        }
        out.append("</article>\n");
        if (a.relatedHeading() != null) {
            out.append("<aside class=\"related\">\n<h2>").append(esc(a.relatedHeading())).append("</h2>\n<ul>\n");
            a.related().forEach(r -> out.append("<li><a href=\"").append(esc(r.url())).append("\">").append(esc(r.headline()))
                    .append("</a> <span class=\"date\">").append(esc(r.date())).append("</span></li>\n"));
            out.append("</ul>\n</aside>\n");
        }
        if (a.commentsHeading() != null) {
            out.append("<section class=\"comments\" id=\"comments\">\n<h2>").append(esc(a.commentsHeading())).append("</h2>\n");
            a.comments().forEach(c -> out.append("<div class=\"comment\"><span class=\"comment-author\">").append(esc(c.author()))
                    .append("</span> <span class=\"comment-time\">").append(esc(c.time())).append("</span><p>")
                    .append(esc(c.text())).append("</p></div>\n"));
            out.append("</section>\n");
        }
        out.append("</main>\n<footer>");
        if (a.copyright() != null) {
            out.append("<p>").append(esc(a.copyright())).append("</p>");
        }
        out.append("</footer>\n<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'page':'article'});</script>\n")
                .append("</body>\n</html>\n");
        return out.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
