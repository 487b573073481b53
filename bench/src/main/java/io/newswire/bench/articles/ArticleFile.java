package io.newswire.bench.articles;

/**
 * A generated article written to disk, without its bytes: enough to drop it and recognise it downstream.
 *
 * @see GeneratedArticle
 */
public record ArticleFile(int serial, String relativePath, ArticleFormat format, String language, int size,
                          String contentId, String urlId) {

    static ArticleFile of(GeneratedArticle a) {
        return new ArticleFile(a.serial(), a.relativePath(), a.format(), a.language(), a.size(), a.contentId(), a.urlId());
    }

    /** A line of the manifest: serial, path, format, language, bytes, content id, URL id (or -). */
    public String manifestLine() {
        return String.join("\t", String.valueOf(serial), relativePath, format.name(), language, String.valueOf(size),
                contentId, urlId == null ? "-" : urlId);
    }
}
