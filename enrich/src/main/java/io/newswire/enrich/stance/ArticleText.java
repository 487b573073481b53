package io.newswire.enrich.stance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

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
    private final List<String> paragraphs;
    private final int titleParagraphs;
    private final boolean[] embedded;

    /** The text of an article, its words numbered by the tagger's phrase words. */
    ArticleText(String text, String title, PhraseWords words) {
        List<String> body = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && seen.add(key(t))) {
                body.add(t);
            }
        }
        List<String> paras = new ArrayList<>(body.size() + 1);
        if (title != null && !title.isBlank() && !seen.contains(key(title.strip()))) {
            paras.add(title.strip());
        }
        titleParagraphs = paras.size();
        paras.addAll(body);
        paragraphs = paras;
        embedded = embeddedPosts(paras, titleParagraphs);
        doc = String.join("\n", paras);
        toks = Tokenizer.tokenize(doc, words);
    }

    private static boolean[] embeddedPosts(List<String> paras, int titleParagraphs) {
        boolean[] out = new boolean[paras.size()];
        for (int p = 0; p < paras.size(); p++) {
            String s = paras.get(p);
            boolean attributionLine = (s.startsWith("—") || s.startsWith("–") || s.startsWith("-")) && s.contains("(@");
            if (s.contains("pic.twitter.com") || s.contains("twitter.com/") && s.contains("/status") || attributionLine) {
                out[p] = true;
            }
            if (attributionLine && p > titleParagraphs && paras.get(p - 1).length() < MAX_EMBEDDED_POST_CHARS) {
                out[p - 1] = true;
            }
        }
        return out;
    }

    /**
     * A hash of a paragraph's letters and digits, case-folded, over its first 240 characters and its length: equal for
     * exact repeats such as captions and repeated headlines.
     */
    private static long key(String s) {
        long h = 0xcbf29ce484222325L ^ s.length();
        int end = Math.min(s.length(), 240);
        for (int i = 0; i < end; i++) {
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

    List<String> paragraphs() {
        return paragraphs;
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
