package io.newswire.enrich.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Longest-match lookup of multi-word phrases over tokens. Words match on their plural-stripped forms; phrases may
 * demand capitals (an all-capital word such as "US" must be in capitals; see {@link #add}).
 */
final class PhraseMatcher<T> {

    /** A phrase: its words, per-word capital rules, and the value it stands for. */
    static final class Phrase<T> {
        final String[] stems;
        /** 0 = any case, 1 = must start with a capital, 2 = must be all capitals. */
        final byte[] caps;
        final T value;

        Phrase(String[] stems, byte[] caps, T value) {
            this.stems = stems;
            this.caps = caps;
            this.value = value;
        }

        int length() {
            return stems.length;
        }
    }

    private final Map<String, List<Phrase<T>>> byFirst = new HashMap<>();

    /**
     * Adds a phrase.
     *
     * @param text         the phrase as written
     * @param capitalRules whether capitalised words of the phrase must be capitalised in the text (for names that are
     *                     also common words: "Moon", "the North"); all-capital words ("US") always must be
     */
    boolean add(String text, boolean capitalRules, T value) {
        List<Token> toks = Tokenizer.tokenize(text);
        List<Token> words = new ArrayList<>();
        for (Token t : toks) {
            if (t.isWord()) {
                words.add(t);
            }
        }
        if (words.isEmpty()) {
            return false;
        }
        String[] stems = new String[words.size()];
        byte[] caps = new byte[words.size()];
        for (int k = 0; k < stems.length; k++) {
            Token w = words.get(k);
            stems[k] = w.stem;
            caps[k] = w.allCaps && w.norm.length() >= 2 ? (byte) 2 : (capitalRules && w.cap ? (byte) 1 : (byte) 0);
        }
        Phrase<T> p = new Phrase<>(stems, caps, value);
        List<Phrase<T>> list = byFirst.computeIfAbsent(stems[0], k -> new ArrayList<>(2));
        list.add(p);
        list.sort(Comparator.comparingInt((Phrase<T> x) -> -x.length()));
        return true;
    }

    /** The longest phrase matching at token index i (words only, within one paragraph), or null. */
    Phrase<T> match(List<Token> toks, int i) {
        Token first = toks.get(i);
        if (!first.isWord()) {
            return null;
        }
        List<Phrase<T>> cands = byFirst.get(first.stem);
        if (cands == null) {
            return null;
        }
        for (Phrase<T> p : cands) {
            if (matches(p, toks, i)) {
                return p;
            }
        }
        return null;
    }

    private static boolean matches(Phrase<?> p, List<Token> toks, int i) {
        int n = p.stems.length;
        if (i + n > toks.size()) {
            return false;
        }
        int para = toks.get(i).para;
        for (int k = 0; k < n; k++) {
            Token t = toks.get(i + k);
            if (!t.isWord() || t.para != para || !t.stem.equals(p.stems[k])) {
                return false;
            }
            // a possessive ends a phrase: "Russia's government" is not "Russian government", and "Kim's" ends "Kim"
            if (t.poss && k < n - 1) {
                return false;
            }
            byte c = p.caps[k];
            if (c == 2 && !t.allCaps) {
                return false;
            }
            if (c == 1 && !t.cap) {
                return false;
            }
        }
        return true;
    }
}
