package io.newswire.enrich.stance;

import java.util.Arrays;
import java.util.List;

/**
 * The text the stance rules read: the title (as the first paragraph, unless the body repeats it), then the body's
 * paragraphs, one per line, exact repeats such as captions counted once, and its tokens. It also decides which
 * paragraphs are embedded posts (a tweet link, or the "— Name (@handle) date" line under a post, with the post above
 * it): those are someone else's words, whatever their quotation marks say.
 */
final class ArticleText {

    /** The longest paragraph taken as the post above an attribution line. */
    private static final int MAX_EMBEDDED_POST_CHARS = 600;

    private final String doc;
    private final List<Token> toks;
    /** Where each paragraph starts and ends in {@link #doc}. */
    private final int[] paragraphStarts;
    private final int[] paragraphEnds;
    private final int titleParagraphs;
    private final boolean[] embedded;

    /**
     * The text of an article, its words numbered by the tagger's phrase words. One pass finds the paragraphs (lines
     * stripped, blank lines and repeats dropped) as ranges of the text, a second copies them into the document:
     * no string is made per line.
     */
    ArticleText(String text, String title, PhraseWords words) {
        String heading = title == null ? "" : title.strip();
        long headingKey = key(heading, 0, heading.length());
        boolean headingRepeated = false;
        ParagraphKeys seen = new ParagraphKeys();
        int[] kept = new int[32];
        int keptCount = 0;
        for (int from = 0; from <= text.length(); ) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline;
            int a = from;
            int b = end;
            while (a < b && Character.isWhitespace(text.charAt(a))) {
                a++;
            }
            while (b > a && Character.isWhitespace(text.charAt(b - 1))) {
                b--;
            }
            long k = key(text, a, b);
            if (a < b && seen.add(k)) {
                headingRepeated |= k == headingKey;
                if (2 * keptCount + 2 > kept.length) {
                    kept = Arrays.copyOf(kept, kept.length * 2);
                }
                kept[2 * keptCount] = a;
                kept[2 * keptCount + 1] = b;
                keptCount++;
            }
            from = end + 1;
        }
        titleParagraphs = heading.isEmpty() || headingRepeated ? 0 : 1;
        int count = titleParagraphs + keptCount;
        paragraphStarts = new int[count];
        paragraphEnds = new int[count];
        StringBuilder sb = new StringBuilder(text.length() + heading.length() + 1);
        if (titleParagraphs == 1) {
            paragraphEnds[0] = heading.length();
            sb.append(heading);
        }
        for (int p = titleParagraphs; p < count; p++) {
            if (p > 0) {
                sb.append('\n');
            }
            int q = 2 * (p - titleParagraphs);
            paragraphStarts[p] = sb.length();
            sb.append(text, kept[q], kept[q + 1]);
            paragraphEnds[p] = sb.length();
        }
        doc = sb.toString();
        embedded = embeddedPosts();
        toks = Tokenizer.tokenize(doc, words);
    }

    /** Which paragraphs are embedded posts; none, without a look at each paragraph, when no post is marked. */
    private boolean[] embeddedPosts() {
        int count = paragraphStarts.length;
        boolean[] out = new boolean[count];
        if (!doc.contains("(@") && !doc.contains("twitter.com")) {
            return out;
        }
        for (int p = 0; p < count; p++) {
            String s = paragraph(p);
            boolean attributionLine = (s.startsWith("—") || s.startsWith("–") || s.startsWith("-")) && s.contains("(@");
            if (s.contains("pic.twitter.com") || s.contains("twitter.com/") && s.contains("/status") || attributionLine) {
                out[p] = true;
            }
            if (attributionLine && p > titleParagraphs
                    && paragraphEnds[p - 1] - paragraphStarts[p - 1] < MAX_EMBEDDED_POST_CHARS) {
                out[p - 1] = true;
            }
        }
        return out;
    }

    /**
     * A hash of a paragraph's letters and digits, case-folded, over its first 240 characters and its length: equal for
     * exact repeats such as captions and repeated headlines.
     */
    private static long key(String s, int from, int to) {
        long h = 0xcbf29ce484222325L ^ (to - from);
        int end = Math.min(to, from + 240);
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c | 0x20);
                } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                    continue;
                }
            } else if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            h = (h ^ c) * 0x100000001b3L;
        }
        return h;
    }

    String doc() {
        return doc;
    }

    List<Token> tokens() {
        return toks;
    }

    Token token(int k) {
        return toks.get(k);
    }

    int size() {
        return toks.size();
    }

    int paragraphCount() {
        return paragraphStarts.length;
    }

    String paragraph(int p) {
        return doc.substring(paragraphStarts[p], paragraphEnds[p]);
    }

    /** How many leading paragraphs are the title (0 or 1): a target named only there gets no entry. */
    int titleParagraphs() {
        return titleParagraphs;
    }

    boolean isEmbeddedPost(int paragraph) {
        return embedded[paragraph];
    }

    /** The nearest word before token k, skipping quotation marks, at or after token from; -1 at any other token. */
    int prevWord(int k, int from) {
        for (int q = k - 1; q >= from; q--) {
            Token t = toks.get(q);
            if (t.isWord()) {
                return q;
            }
            if (t.type != Token.QUOTE) {
                return -1;
            }
        }
        return -1;
    }

    /** The first token of the clause holding token k, no earlier than from (the sentence start). */
    int clauseStart(int k, int from) {
        int c = k;
        while (c > from && !toks.get(c - 1).isClauseBreak()) {
            c--;
        }
        return c;
    }

    /** The end (exclusive) of the clause that goes on at token k, no later than to (the sentence end). */
    int clauseEnd(int k, int to) {
        int c = k;
        while (c < to && !toks.get(c).isClauseBreak()) {
            c++;
        }
        return c;
    }

    /** The text from token first through token last, on one line. */
    String text(int first, int last) {
        int a = toks.get(first).start;
        int b = toks.get(last).end;
        return doc.substring(a, Math.min(b, doc.length())).replace('\n', ' ');
    }
}
