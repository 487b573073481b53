package io.newswire.enrich.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test-only reference: the phrase matcher as it was before words were numbered, comparing stems as strings. The
 * differential test holds {@link PhraseMatcher} to it.
 */
final class StringPhraseMatcher<T> {

    private record Phrase<T>(String[] stems, byte[] caps, T value) {}

    private final Map<String, List<Phrase<T>>> byFirst = new HashMap<>();

    void add(String text, boolean capitalRules, T value) {
        List<Token> words = Tokenizer.tokenize(text).stream().filter(Token::isWord).toList();
        if (words.isEmpty()) {
            return;
        }
        String[] stems = new String[words.size()];
        byte[] caps = new byte[words.size()];
        for (int k = 0; k < stems.length; k++) {
            Token w = words.get(k);
            stems[k] = w.stem;
            caps[k] = w.allCaps && w.norm.length() >= 2 ? (byte) 2 : (capitalRules && w.cap ? (byte) 1 : (byte) 0);
        }
        List<Phrase<T>> list = byFirst.computeIfAbsent(stems[0], k -> new ArrayList<>(2));
        list.add(new Phrase<>(stems, caps, value));
        list.sort(Comparator.comparingInt((Phrase<T> x) -> -x.stems().length));
    }

    /** The value of the longest phrase matching at token i, or null. */
    T match(List<Token> toks, int i) {
        Token first = toks.get(i);
        if (!first.isWord()) {
            return null;
        }
        for (Phrase<T> p : byFirst.getOrDefault(first.stem, List.of())) {
            if (matches(p, toks, i)) {
                return p.value();
            }
        }
        return null;
    }

    private static boolean matches(Phrase<?> p, List<Token> toks, int i) {
        int n = p.stems().length;
        if (i + n > toks.size()) {
            return false;
        }
        int para = toks.get(i).para;
        for (int k = 0; k < n; k++) {
            Token t = toks.get(i + k);
            if (!t.isWord() || t.para != para || !t.stem.equals(p.stems()[k]) || (t.poss && k < n - 1)) {
                return false;
            }
            if ((p.caps()[k] == 2 && !t.allCaps) || (p.caps()[k] == 1 && !t.cap)) {
                return false;
            }
        }
        return true;
    }
}
