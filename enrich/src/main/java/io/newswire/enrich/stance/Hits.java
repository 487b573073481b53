package io.newswire.enrich.stance;

import io.newswire.enrich.stance.StanceLexicon.Entry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The lexicon phrases in the text, longest match first, none overlapping: cues, modifiers and speech markers. */
final class Hits {

    private final List<Hit> hits;
    /** Per token: the index of the hit covering it, or -1. */
    private final int[] at;

    private Hits(List<Hit> hits, int[] at) {
        this.hits = hits;
        this.at = at;
    }

    static Hits find(ArticleText text, PhraseMatcher<Entry> lexicon) {
        List<Token> toks = text.tokens();
        int n = toks.size();
        List<Hit> hits = new ArrayList<>();
        int[] at = new int[n];
        Arrays.fill(at, -1);
        int k = 0;
        while (k < n) {
            PhraseMatcher.Phrase<Entry> p = lexicon.match(toks, k);
            if (p == null) {
                k++;
                continue;
            }
            int e = k + p.length();
            int idx = hits.size();
            hits.add(new Hit(k, e, p.value));
            for (int q = k; q < e; q++) {
                at[q] = idx;
            }
            k = e;
        }
        return new Hits(hits, at);
    }

    /** Every hit, in text order. */
    List<Hit> all() {
        return hits;
    }

    /** The hit covering token k, or null. */
    Hit at(int k) {
        int i = at[k];
        return i < 0 ? null : hits.get(i);
    }
}
