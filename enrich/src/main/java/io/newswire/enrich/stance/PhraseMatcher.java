package io.newswire.enrich.stance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Longest-match lookup of multi-word phrases over tokens. Words match on their plural-stripped forms, compared by
 * their numbers among the shared {@link PhraseWords}; phrases may demand capitals (an all-capital word such as "US"
 * must be in capitals; see {@link #add}).
 */
final class PhraseMatcher<T> {

    /** A phrase: its words' numbers, per-word capital rules, and the value it stands for. */
    static final class Phrase<T> {
        final int[] words;
        /** 0 = any case, 1 = must start with a capital, 2 = must be all capitals. */
        final byte[] caps;
        final T value;

        Phrase(int[] words, byte[] caps, T value) {
            this.words = words;
            this.caps = caps;
            this.value = value;
        }

        int length() {
            return words.length;
        }
    }

    private final PhraseWords vocabulary;
    /** Per number of a first word: the phrases starting with it, longest first; null when none. */
    private List<Phrase<T>>[] byFirst = newTable(0);

    PhraseMatcher(PhraseWords vocabulary) {
        this.vocabulary = vocabulary;
    }

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
        int[] numbers = new int[words.size()];
        byte[] caps = new byte[words.size()];
        for (int k = 0; k < numbers.length; k++) {
            Token w = words.get(k);
            numbers[k] = vocabulary.add(w.stem);
            caps[k] = w.allCaps && w.norm.length() >= 2 ? (byte) 2 : (capitalRules && w.cap ? (byte) 1 : (byte) 0);
        }
        Phrase<T> p = new Phrase<>(numbers, caps, value);
        if (numbers[0] >= byFirst.length) {
            byFirst = Arrays.copyOf(byFirst, Math.max(numbers[0] + 1, 2 * byFirst.length));
        }
        if (byFirst[numbers[0]] == null) {
            byFirst[numbers[0]] = new ArrayList<>(2);
        }
        List<Phrase<T>> list = byFirst[numbers[0]];
        list.add(p);
        list.sort(Comparator.comparingInt((Phrase<T> x) -> -x.length()));
        return true;
    }

    /**
     * The longest phrase matching at token index i (words only, within one paragraph), or null. Needs the tokens
     * numbered by this matcher's {@link PhraseWords}.
     */
    Phrase<T> match(List<Token> toks, int i) {
        Token first = toks.get(i);
        if (!first.isWord() || first.word < 0 || first.word >= byFirst.length) {
            return null;
        }
        List<Phrase<T>> cands = byFirst[first.word];
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
        int n = p.words.length;
        if (i + n > toks.size()) {
            return false;
        }
        int para = toks.get(i).para;
        for (int k = 0; k < n; k++) {
            Token t = toks.get(i + k);
            if (!t.isWord() || t.para != para || t.word != p.words[k]) {
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

    @SuppressWarnings("unchecked")
    private static <T> List<Phrase<T>>[] newTable(int size) {
        return (List<Phrase<T>>[]) new List<?>[size];
    }
}
