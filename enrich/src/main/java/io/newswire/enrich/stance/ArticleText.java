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
     * The text of an article, its words numbered by the tagger's phrase words. Its lines are found as ranges of the
     * text and copied once into the document: no string is made per line.
     */
    ArticleText(String text, String title, PhraseWords words) {
        String heading = title == null ? "" : title.strip();
        int[] lines = nonBlankLines(text);
        boolean[] repeats = new boolean[lines.length / 2];
        boolean headingRepeated = markRepeats(text, lines, heading, repeats);
        titleParagraphs = heading.isEmpty() || headingRepeated ? 0 : 1;
        int count = titleParagraphs;
        for (boolean repeat : repeats) {
            count += repeat ? 0 : 1;
        }
        paragraphStarts = new int[count];
        paragraphEnds = new int[count];
        StringBuilder sb = new StringBuilder(text.length() + heading.length() + 1);
        if (titleParagraphs == 1) {
            paragraphEnds[0] = heading.length();
            sb.append(heading);
        }
        int p = titleParagraphs;
        for (int l = 0; l < repeats.length; l++) {
            if (repeats[l]) {
                continue;
            }
            if (p > 0) {
                sb.append('\n');
            }
            paragraphStarts[p] = sb.length();
            sb.append(text, lines[2 * l], lines[2 * l + 1]);
            paragraphEnds[p] = sb.length();
            p++;
        }
        doc = sb.toString();
        embedded = embeddedPosts();
        toks = Tokenizer.tokenize(doc, words);
    }

    /** The lines of the text that are not blank, stripped, as start and end offsets in turn. */
    private static int[] nonBlankLines(String text) {
        int[] lines = new int[32];
        int size = 0;
        for (int from = 0; from <= text.length(); ) {
            int newline = text.indexOf('\n', from);
            int end = newline < 0 ? text.length() : newline;
            int a = afterWhitespace(text, from, end);
            int b = beforeWhitespace(text, a, end);
            if (a < b) {
                if (size + 2 > lines.length) {
                    lines = Arrays.copyOf(lines, lines.length * 2);
                }
                lines[size++] = a;
                lines[size++] = b;
            }
            from = end + 1;
        }
        return Arrays.copyOf(lines, size);
    }

    /** The first character of text[from, to) that is not white space, else to. */
    private static int afterWhitespace(String text, int from, int to) {
        int a = from;
        while (a < to && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        return a;
    }

    /** The end of text[from, to) without its trailing white space. */
    private static int beforeWhitespace(String text, int from, int to) {
        int b = to;
        while (b > from && Character.isWhitespace(text.charAt(b - 1))) {
            b--;
        }
        return b;
    }

    /**
     * Marks each line that repeats an earlier one (same {@link #key}); true when a line repeats the heading. A repeat
     * has the length of what it repeats, so only lines that share their length with another line or with the
     * heading are keyed: in most articles, none.
     */
    private static boolean markRepeats(String text, int[] lines, String heading, boolean[] repeats) {
        int[] lengths = new int[repeats.length];
        for (int l = 0; l < lengths.length; l++) {
            lengths[l] = lines[2 * l + 1] - lines[2 * l];
        }
        int[] sortedLengths = lengths.clone();
        Arrays.sort(sortedLengths);
        long headingKey = key(heading, 0, heading.length());
        ParagraphKeys seen = new ParagraphKeys();
        boolean headingRepeated = false;
        for (int l = 0; l < lengths.length; l++) {
            boolean headingLength = !heading.isEmpty() && lengths[l] == heading.length();
            boolean shared = isShared(sortedLengths, lengths[l]);
            if (headingLength || shared) {
                long k = key(text, lines[2 * l], lines[2 * l + 1]);
                headingRepeated |= headingLength && k == headingKey;
                repeats[l] = shared && !seen.add(k);
            }
        }
        return headingRepeated;
    }

    /** Whether the length occurs more than once among the sorted lengths. */
    private static boolean isShared(int[] sortedLengths, int length) {
        int at = Arrays.binarySearch(sortedLengths, length);
        return at > 0 && sortedLengths[at - 1] == length || at + 1 < sortedLengths.length && sortedLengths[at + 1] == length;
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
    static long key(String s, int from, int to) {
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
