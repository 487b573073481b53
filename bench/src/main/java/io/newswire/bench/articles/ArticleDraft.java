package io.newswire.bench.articles;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * The parts of one article before it is written in a format: the story, the site furniture around it, and the
 * reader comments. Every piece of text is already in the article's language.
 *
 * @param dateline        "MOSCOW, May 3 (Reuters) -" opening the first paragraph, or null
 * @param url             the article's address on the publisher's site
 * @param declaresUrl     whether the file states the URL as the article's own (canonical link, a JSON url field)
 * @param subscribe       a newsletter or share prompt, or null
 * @param relatedHeading  heading of the related-articles list, or null when there is none
 * @param commentsHeading heading of the comments, or null when there are none
 * @param copyright       copyright line, or null
 * @param fullStory       "Full story at URL" line of a repost, or null
 */
record ArticleDraft(int serial, String language, String publisher, String domain, String url, boolean declaresUrl,
                    String headline, String byline, String publishedLine, ZonedDateTime published, String dateline,
                    List<String> paragraphs, List<String> nav, String subscribe, String relatedHeading,
                    List<Related> related, String commentsHeading, List<Comment> comments, String copyright,
                    String fullStory) {

    /** An entry of the related-articles list: a headline with its own, earlier date. */
    record Related(String headline, String date, String url) {
    }

    /** A reader comment with its author and timestamp. */
    record Comment(String author, String time, String text) {
    }

    /** The folder under the inbox a scraper of this publisher drops into: the first label of its domain. */
    String sourceFolder() {
        return domain.substring(0, domain.indexOf('.'));
    }

    /** The body as the author wrote it: the dateline opens the first paragraph. */
    List<String> body() {
        if (dateline == null) {
            return paragraphs;
        }
        List<String> body = new java.util.ArrayList<>(paragraphs);
        body.set(0, dateline + " " + body.get(0));
        return body;
    }
}
