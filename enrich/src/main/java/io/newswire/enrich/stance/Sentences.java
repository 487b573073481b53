package io.newswire.enrich.stance;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits the tokens into sentences, the unit in which voice is attributed and cues are bound. A sentence ends at a
 * paragraph end, or at . ! ? … (with any closing quotation marks and brackets after it) when the next token starts
 * like a sentence and the full stop does not end an abbreviation ("Mr. Putin", "Sept. 13", "J. Smith"). Sets each
 * token's {@link Token#sent}. Also tells which sentences are in title case (a headline), where a capitalised cue word
 * is not taken for part of a proper name.
 */
final class Sentences {

    /** Longest sentence, in tokens, before a break is forced (at punctuation, or anywhere at twice this). */
    private static final int MAX_SENTENCE_TOKENS = 200;

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt",
            "col", "capt", "sgt", "st", "jr", "sr", "prof", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "inc", "co", "corp", "ltd", "mt", "ft", "ave", "rev", "hon", "pres", "adm",
            "maj", "dept", "est", "approx", "fig", "vol", "cmdr", "brig", "gens");

    private final int[] starts;
    private final int[] ends;
    private final int count;
    private final List<Token> toks;

    private Sentences(int[] starts, int[] ends, int count, List<Token> toks) {
        this.starts = starts;
        this.ends = ends;
        this.count = count;
        this.toks = toks;
    }

    /** Needs the quotation marks resolved ({@link Quotations}): a closing mark after a full stop ends with it. */
    static Sentences split(ArticleText text) {
        List<Token> toks = text.tokens();
        int n = toks.size();
        int[] starts = new int[n / 4 + 8];
        int[] ends = new int[n / 4 + 8];
        int cur = 0;
        int s0 = 0;
        int k = 0;
        while (k < n) {
            Token t = toks.get(k);
            int endAt = -1;
            if (k + 1 >= n || toks.get(k + 1).para != t.para) {
                endAt = k;
            } else if (k - s0 >= MAX_SENTENCE_TOKENS && (t.type == Token.PUNCT || k - s0 >= 2 * MAX_SENTENCE_TOKENS)) {
                endAt = k; // run-on text without sentence punctuation: keep the per-sentence work bounded
            } else if (t.type == Token.PUNCT && (t.ch == '.' || t.ch == '!' || t.ch == '?' || t.ch == '…')) {
                endAt = fullStop(toks, k);
            }
            if (endAt >= 0) {
                if (cur == starts.length) {
                    starts = Arrays.copyOf(starts, cur * 2);
                    ends = Arrays.copyOf(ends, cur * 2);
                }
                starts[cur] = s0;
                ends[cur] = endAt + 1;
                for (int q = s0; q <= endAt; q++) {
                    toks.get(q).sent = cur;
                }
                cur++;
                s0 = endAt + 1;
                k = endAt + 1;
            } else {
                k++;
            }
        }
        return new Sentences(starts, ends, cur, toks);
    }

    /** For sentence punctuation at k: the last token of the sentence it ends, or -1 when it ends none. */
    private static int fullStop(List<Token> toks, int k) {
        int n = toks.size();
        Token t = toks.get(k);
        int m = k + 1;
        while (m < n && toks.get(m).para == t.para && ((toks.get(m).type == Token.QUOTE && toks.get(m).quoteRole == -1)
                || (toks.get(m).type == Token.PUNCT && (toks.get(m).ch == ')' || toks.get(m).ch == ']')))) {
            m++;
        }
        if (m >= n || toks.get(m).para != t.para) {
            return m - 1;
        }
        Token nx = toks.get(m);
        boolean upper = (nx.type == Token.QUOTE && nx.quoteRole == 1) || nx.type == Token.NUM || nx.type == Token.DASH
                || (nx.type == Token.WORD && (nx.cap || nx.allCaps));
        boolean abbrev = t.ch == '.' && k > 0 && toks.get(k - 1).end == t.start && isAbbrev(toks.get(k - 1));
        return upper && !abbrev ? m - 1 : -1;
    }

    private static boolean isAbbrev(Token w) {
        return w.type == Token.WORD && (ABBREVIATIONS.contains(w.norm) || (w.norm.length() == 1 && w.cap));
    }

    int count() {
        return count;
    }

    /** First token of sentence s. */
    int start(int s) {
        return starts[s];
    }

    /** End (exclusive) of sentence s. */
    int end(int s) {
        return ends[s];
    }

    /**
     * Whether most longer words of sentence s are capitalised, as in a headline. Counted when asked: only a cue that
     * starts with a capital inside a sentence asks.
     */
    boolean isTitleCase(int s) {
        int words = 0;
        int caps = 0;
        for (int j = starts[s]; j < ends[s]; j++) {
            Token t = toks.get(j);
            if (t.type == Token.WORD && t.norm.length() > 3) {
                words++;
                if (t.cap) {
                    caps++;
                }
            }
        }
        return words >= 2 && caps >= 0.7 * words;
    }
}
