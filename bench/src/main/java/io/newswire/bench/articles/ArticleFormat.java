package io.newswire.bench.articles;

/** The file formats the generator writes, one article per file, as scrapers and feeds drop them. */
public enum ArticleFormat {
    /** A plain-text scrape: furniture lines, headline, byline, body, related list, comments. */
    TEXT("txt"),
    /** A web page with metadata (canonical link, Open Graph, sometimes JSON-LD), nav, aside, comments, footer. */
    HTML("html"),
    /** A JSON record from a feed, with field names varying between feeds. */
    JSON("json");

    private final String extension;

    ArticleFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
