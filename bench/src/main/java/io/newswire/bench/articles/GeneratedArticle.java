package io.newswire.bench.articles;

import java.nio.charset.StandardCharsets;

/**
 * One generated article file.
 *
 * @param serial       its number in the generated set; the same seed and serial give the same bytes
 * @param relativePath where it goes under the inbox: {@code <source>/<slug>-<serial>.<ext>}
 * @param contentId    hex SHA-256 of the bytes: the news.raw key, and the article id when no canonical URL is found
 * @param urlId        hex SHA-256 of the normalized URL the file carries, the article id when enrich takes that URL
 *                     as canonical; null when the file names no URL
 */
public record GeneratedArticle(int serial, String relativePath, ArticleFormat format, String language, byte[] content,
                               String contentId, String urlId) {

    public int size() {
        return content.length;
    }

    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
