package io.newswire.enrich.parse;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Tells page furniture (navigation, asides, footers, share and newsletter widgets) and reader comments from the
 * article, by tag, ARIA role and the words of id and class. These checks run for every element of a page, so words
 * are tested as they are found rather than collected into lists.
 */
final class PageFurniture {

    /** Class or id words that mark page furniture rather than the article. */
    private static final Set<String> FURNITURE = Set.of(
            "nav", "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "sidebar", "related", "share", "sharing",
            "social", "newsletter", "subscribe", "subscription", "promo", "advert", "advertisement", "ads", "ad", "cookie",
            "cookies", "banner", "popup", "modal", "widget", "footer", "toolbar", "recommended", "outbrain", "taboola",
            "signup", "paywall", "trending", "popular", "masthead", "skip", "tags");
    private static final Set<String> COMMENT_WORDS = Set.of("comments", "comment-list", "commentlist", "comments-area", "disqus", "discussion", "responses");
    /** A constant: a method reference on a set would be a new object on every call. */
    private static final Predicate<String> IS_COMMENT_WORD = COMMENT_WORDS::contains;
    private static final Pattern COMMENT_ID = Pattern.compile("(?i)comment-\\d+");

    private PageFurniture() {
    }

    /** A comment section: id or class "comments", "disqus", ... */
    static boolean isComments(Element e) {
        if (e.tagName().equals("body") || e.tagName().equals("html")) {
            return false;
        }
        return anyIdOrClassWord(e, IS_COMMENT_WORD);
    }

    /** One reader comment: class "comment" (or "comment-123"), id "comment-123", or schema.org Comment markup. */
    static boolean isCommentItem(Element e) {
        if (e.attr("itemtype").endsWith("/Comment") || isCommentId(e.id())) {
            return true;
        }
        return anyWord(e.className(), c -> c.equalsIgnoreCase("comment") || isCommentId(c));
    }

    static boolean isFurniture(Element e) {
        String tag = e.tagName();
        if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer") || tag.equals("form")) {
            return true;
        }
        if ("navigation".equals(e.attr("role")) || "complementary".equals(e.attr("role")) || "contentinfo".equals(e.attr("role"))) {
            return true;
        }
        return anyIdOrClassWord(e, PageFurniture::isFurnitureWord);
    }

    /** A furniture word, or one joined of parts at least one of which is: "share-buttons" has "share". */
    private static boolean isFurnitureWord(String word) {
        if (FURNITURE.contains(word)) {
            return true;
        }
        int start = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || word.charAt(i) == '-' || word.charAt(i) == '_') {
                if (i > start && FURNITURE.contains(word.substring(start, i))) {
                    return true;
                }
                start = i + 1;
            }
        }
        return false;
    }

    /** {@code COMMENT_ID}, tried only on words that start like it. */
    private static boolean isCommentId(String word) {
        return word.length() > 8 && word.regionMatches(true, 0, "comment-", 0, 8) && COMMENT_ID.matcher(word).matches();
    }

    /** Whether a word of id or class, in lower case, passes test. */
    private static boolean anyIdOrClassWord(Element e, Predicate<String> test) {
        // Word by word as in "id class" joined: the space between them separates words, lower-casing is per character.
        return anyWord(e.id().toLowerCase(Locale.ROOT), test) || anyWord(e.className().toLowerCase(Locale.ROOT), test);
    }

    /**
     * Whether a word of value passes test, the words split at whitespace as jsoup's {@code classNames()} and a split
     * on {@code \s+} give them.
     */
    private static boolean anyWord(String value, Predicate<String> test) {
        int start = -1;
        for (int i = 0; i <= value.length(); i++) {
            boolean space = i == value.length() || isSpace(value.charAt(i));
            if (space && start >= 0) {
                if (test.test(value.substring(start, i))) {
                    return true;
                }
                start = -1;
            } else if (!space && start < 0) {
                start = i;
            }
        }
        return false;
    }

    /** {@code \s}: ASCII whitespace. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
