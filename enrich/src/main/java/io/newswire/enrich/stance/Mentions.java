package io.newswire.enrich.stance;

import io.newswire.enrich.stance.LexiconStanceTagger.AliasRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The names of targets (and of other actors) in the text, longest alias first. Decides what counts as a name: an
 * exclusion ("Air China", "Washington Post") hides the alias inside it; a short alias ("Kim", "the North") counts only
 * in an article that also names its target in full, and not as the first part of a longer name ("Kim Yo Jong").
 */
final class Mentions {

    /**
     * A name of a target in the text.
     *
     * @param start   first token
     * @param end     end token (exclusive)
     * @param target  target index; the tagger's target count for other actors ("Europe", "NATO")
     * @param demonym whether the name is an adjective of nationality ("Russian", "North Korean", "Chinese")
     */
    record Mention(int start, int end, int target, boolean demonym) {}

    private final List<Token> toks;
    private final List<Mention> mentions;
    /** Per token: the index of the mention covering it, or -1. */
    private final int[] at;
    /** Per token: the index of the mention ending with it, or -1. */
    private final int[] endingAt;
    /** Per sentence (and one past the last): the index of its first mention. */
    private final int[] firstOfSentence;

    private Mentions(List<Token> toks, List<Mention> mentions, int[] at, int[] endingAt, int[] firstOfSentence) {
        this.toks = toks;
        this.mentions = mentions;
        this.at = at;
        this.endingAt = endingAt;
        this.firstOfSentence = firstOfSentence;
    }

    static Mentions find(ArticleText text, Sentences sentences, PhraseMatcher<AliasRef> aliases, int targetCount) {
        List<Token> toks = text.tokens();
        int n = toks.size();
        List<Mention> found = new ArrayList<>();
        List<Boolean> isShort = new ArrayList<>();
        boolean[] full = new boolean[targetCount + 1];
        int k = 0;
        while (k < n) {
            PhraseMatcher.Phrase<AliasRef> p = aliases.match(toks, k);
            if (p == null) {
                k++;
                continue;
            }
            AliasRef r = p.value;
            int e = k + p.length();
            if (r.kind() == AliasRef.EXCLUDE) {
                k = e;
                continue;
            }
            if (r.kind() == AliasRef.SHORT && e < n && toks.get(e).type == Token.WORD && toks.get(e).cap
                    && toks.get(e).para == toks.get(k).para && !toks.get(e - 1).poss) {
                k++; // first part of a longer name ("Kim Yo Jong"), or of another alias ("the North Korean dictator")
                continue;
            }
            String last = toks.get(e - 1).norm;
            boolean demonym = last.endsWith("an") || last.endsWith("ans") || last.endsWith("ese");
            found.add(new Mention(k, e, r.target(), demonym));
            isShort.add(r.kind() == AliasRef.SHORT);
            if (r.kind() == AliasRef.ALIAS) {
                full[r.target()] = true;
            }
            k = e;
        }
        List<Mention> mentions = new ArrayList<>();
        int[] at = new int[n];
        int[] endingAt = new int[n];
        Arrays.fill(at, -1);
        Arrays.fill(endingAt, -1);
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (isShort.get(i) && !full[m.target()]) {
                continue;
            }
            int idx = mentions.size();
            mentions.add(m);
            for (int q = m.start(); q < m.end(); q++) {
                at[q] = idx;
            }
            endingAt[m.end() - 1] = idx;
        }
        int[] firstOfSentence = new int[sentences.count() + 1];
        int mi = 0;
        for (int s = 0; s <= sentences.count(); s++) {
            int a = s < sentences.count() ? sentences.start(s) : n;
            while (mi < mentions.size() && mentions.get(mi).start() < a) {
                mi++;
            }
            firstOfSentence[s] = mi;
        }
        return new Mentions(toks, mentions, at, endingAt, firstOfSentence);
    }

    /** Every mention, in text order. */
    List<Mention> all() {
        return mentions;
    }

    Mention get(int i) {
        return mentions.get(i);
    }

    /** The mention covering token k, or null. */
    Mention at(int k) {
        int i = at[k];
        return i < 0 ? null : mentions.get(i);
    }

    /** The mention that starts at token k, or null. */
    Mention startingAt(int k) {
        int i = at[k];
        return i >= 0 && mentions.get(i).start() == k ? mentions.get(i) : null;
    }

    /** The mention that ends with token k, or null. */
    Mention endingAt(int k) {
        int i = endingAt[k];
        return i < 0 ? null : mentions.get(i);
    }

    /** Whether a mention covers any token from from (inclusive) to to (exclusive). */
    boolean any(int from, int to) {
        for (int k = from; k < to; k++) {
            if (at[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Index of the first mention of sentence s; {@code firstIn(s + 1)} ends its mentions. */
    int firstIn(int s) {
        return firstOfSentence[s];
    }

    /** A name inside quotation marks (or an embedded post) is the speaker's: no cue is bound to it, it is not salient. */
    boolean eligible(Mention m) {
        return toks.get(m.start()).voice != Token.QUOTED;
    }
}
