package io.newswire.enrich.clean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds where any of a fixed set of literal strings occurs in a text, in one pass over the text whatever the number
 * of literals (Aho-Corasick, compiled to a table of transitions: one array read per character). Case-sensitive,
 * by UTF-16 unit.
 */
final class LiteralMatcher {

    /** Receives one occurrence; returns true to stop the search. */
    @FunctionalInterface
    interface Hit {
        boolean at(int start, int literal);
    }

    private final int[] lengths;
    /** The alphabet, sorted: every character of a literal gets a column; all others share column 0. */
    private final char[] symbolChars;
    /** Columns of Latin, Greek and Cyrillic characters by index; others are looked up in {@code symbolChars}. */
    private final int[] symbolOfLowChar = new int[0x500];
    private final int columns;
    /** The transitions: state × column to state. State 0 is the start, where no literal has begun. */
    private final int[] next;
    /** Literals ending at each state: the state's own and those that are its suffixes. */
    private final int[][] endingAt;
    /** Whether any literal ends at a state: a small array read on every character instead of {@code endingAt}. */
    private final boolean[] reports;
    /** The literals each state spells out (several when literals repeat). */
    private final int[][] spelling;
    /** Length of the text each state stands for. */
    private final int[] depth;

    /** @param literals non-empty strings; their indexes identify them in {@link Hit#at} */
    LiteralMatcher(List<String> literals) {
        lengths = literals.stream().mapToInt(String::length).toArray();
        symbolChars = alphabet(literals);
        for (int s = 0; s < symbolChars.length; s++) {
            char c = symbolChars[s];
            if (c < symbolOfLowChar.length) {
                symbolOfLowChar[c] = s + 1;
            }
        }
        columns = symbolChars.length + 1;

        // The trie of the literals.
        List<int[]> children = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        children.add(new int[columns]);
        own.add(new ArrayList<>());
        depths.add(0);
        for (int l = 0; l < literals.size(); l++) {
            String literal = literals.get(l);
            if (literal.isEmpty()) {
                throw new IllegalArgumentException("empty literal");
            }
            int state = 0;
            for (int i = 0; i < literal.length(); i++) {
                int column = symbol(literal.charAt(i));
                if (children.get(state)[column] == 0) {
                    children.get(state)[column] = children.size();
                    children.add(new int[columns]);
                    own.add(new ArrayList<>());
                    depths.add(i + 1);
                }
                state = children.get(state)[column];
            }
            own.get(state).add(l);
        }
        int states = children.size();
        next = new int[states * columns];
        endingAt = new int[states][];
        reports = new boolean[states];
        spelling = new int[states][];
        depth = depths.stream().mapToInt(Integer::intValue).toArray();

        // Breadth first: a state's fallback (the longest proper suffix that is in the trie) is known before it.
        int[] fallback = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        endingAt[0] = new int[0];
        spelling[0] = new int[0];
        for (int column = 0; column < columns; column++) {
            int child = children.get(0)[column];
            next[column] = child;
            if (child != 0) {
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            List<Integer> ending = new ArrayList<>(own.get(state));
            for (int l : endingAt[fallback[state]]) {
                ending.add(l);
            }
            endingAt[state] = ending.stream().mapToInt(Integer::intValue).toArray();
            reports[state] = !ending.isEmpty();
            spelling[state] = own.get(state).stream().mapToInt(Integer::intValue).toArray();
            for (int column = 0; column < columns; column++) {
                int child = children.get(state)[column];
                if (child != 0) {
                    fallback[child] = next[fallback[state] * columns + column];
                    next[state * columns + column] = child;
                    queue.add(child);
                } else {
                    next[state * columns + column] = next[fallback[state] * columns + column];
                }
            }
        }
    }

    private static char[] alphabet(List<String> literals) {
        StringBuilder chars = new StringBuilder();
        literals.forEach(l -> l.chars().forEach(c -> chars.append((char) c)));
        return chars.chars().distinct().sorted().collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString().toCharArray();
    }

    private int symbol(char c) {
        if (c < symbolOfLowChar.length) {
            return symbolOfLowChar[c];
        }
        int s = Arrays.binarySearch(symbolChars, c);
        return s < 0 ? 0 : s + 1;
    }

    /** Every occurrence of a literal in {@code text}, reported at its end, until {@code hit} returns true. */
    boolean find(String text, Hit hit) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = next[state * columns + symbol(text.charAt(i))];
            if (!reports[state]) {
                continue;
            }
            for (int literal : endingAt[state]) {
                if (hit.at(i + 1 - lengths[literal], literal)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every literal that starts {@code text}, shortest first, until {@code hit} returns true. */
    boolean findPrefixes(String text, Hit hit) {
        int state = 0;
        for (int i = 0; i < text.length(); i++) {
            state = next[state * columns + symbol(text.charAt(i))];
            if (depth[state] != i + 1) {
                return false; // the text has left the trie: no longer literal starts it
            }
            for (int literal : spelling[state]) {
                if (hit.at(0, literal)) {
                    return true;
                }
            }
        }
        return false;
    }
}
