package io.newswire.enrich.clean;

/** What a line of a file is; only {@link #HEAD} and {@link #BODY} make up the cleaned article text. */
public enum LineKind {
    /** Site navigation, section labels above the headline. */
    NAVIGATION,
    /** The headline, or a repeat of it. */
    TITLE,
    /** Lines between the headline and the first paragraph: date line, byline, standfirst. */
    HEAD,
    /** The article body. */
    BODY,
    /** A photo caption or credit. */
    CAPTION,
    /** Embedded social-media content (a tweet and its attribution line). */
    EMBED,
    /** A list of links to other articles, with its heading. */
    RELATED,
    /** An author biography. */
    BIO,
    /** A pointer to the original of a repost ("Full story at https://..."). */
    SOURCE_REF,
    /** A copyright line. */
    COPYRIGHT,
    /** Other site furniture: newsletter, share and comment prompts, tags, ads. */
    BOILERPLATE,
    /** Reader comments and their headings. */
    COMMENT;

    /** Part of the cleaned text. */
    public boolean isArticle() {
        return this == HEAD || this == BODY;
    }
}
