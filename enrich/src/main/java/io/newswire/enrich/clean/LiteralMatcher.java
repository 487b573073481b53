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

    /**
     * Receives one occurrence, with the context the search was given (passed on, so that a hit need not capture it and
     * a search allocates nothing); returns true to stop the search.
     */
    @FunctionalInterface
    interface Hit<C> {
        boolean at(C context, int start, int literal);
    }

    private final int[] lengths;
    /** The alphabet, sorted: every character of a literal gets a column; all others share column 0. */
    private final char[] symbolChars;
    /** Columns of Latin, Greek and Cyrillic characters by index; others are looked up in {@code symbolChars}. */
    private final int[] symbolOfLowChar = new int[0x500];
    private final int columns;
    /** Columns are a power of two: a row is found from its state and back by shifting. */
    private final int columnBits;
    /**
     * The transitions, by row (a state's number × columns) and column, to the next state's row. State 0 is the start,
     * where no literal has begun; the states where a literal ends are numbered last. Both spare the search loop work
     * on every character: no multiplication, and one comparison tells whether to report.
     */
    private final int[] next;
    /** The first row of a state where a literal ends. */
    private final int firstReportingRow;
    /** Literals ending at each state: the state's own and those that are its suffixes. */
    private final int[][] endingAt;
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
        columnBits = 32 - Integer.numberOfLeadingZeros(symbolChars.length);
        columns = 1 << columnBits;

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
        int[] transitions = new int[states * columns];
        int[][] ending = new int[states][];

        // Breadth first: a state's fallback (the longest proper suffix that is in the trie) is known before it.
        int[] fallback = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        ending[0] = new int[0];
        for (int column = 0; column < columns; column++) {
            int child = children.get(0)[column];
            transitions[column] = child;
            if (child != 0) {
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int state = queue.poll();
            List<Integer> endingHere = new ArrayList<>(own.get(state));
            for (int l : ending[fallback[state]]) {
                endingHere.add(l);
            }
            ending[state] = endingHere.stream().mapToInt(Integer::intValue).toArray();
            for (int column = 0; column < columns; column++) {
                int child = children.get(state)[column];
                if (child != 0) {
                    fallback[child] = transitions[fallback[state] * columns + column];
                    transitions[state * columns + column] = child;
                    queue.add(child);
                } else {
                    transitions[state * columns + column] = transitions[fallback[state] * columns + column];
                }
            }
        }

        // Renumbered: first the states where no literal ends (the start among them, still 0), then the others.
        int[] renumbered = new int[states];
        int count = 0;
        for (int state = 0; state < states; state++) {
            if (ending[state].length == 0) {
                renumbered[state] = count++;
            }
        }
        firstReportingRow = count * columns;
        for (int state = 0; state < states; state++) {
            if (ending[state].length > 0) {
                renumbered[state] = count++;
            }
        }
        next = new int[states * columns];
        endingAt = new int[states][];
        spelling = new int[states][];
        depth = new int[states];
        for (int state = 0; state < states; state++) {
            int to = renumbered[state];
            for (int column = 0; column < columns; column++) {
                next[to * columns + column] = renumbered[transitions[state * columns + column]] * columns;
            }
            endingAt[to] = ending[state];
            spelling[to] = own.get(state).stream().mapToInt(Integer::intValue).toArray();
            depth[to] = depths.get(state);
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
    <C> boolean find(String text, C context, Hit<C> hit) {
        // The loop reads an array, and locals that a call to hit cannot change: String.charAt, and reading the fields
        // again after such a call, would cost as much as the rest of the step.
        char[] chars = text.toCharArray();
        int[] next = this.next;
        int[] symbolOfLowChar = this.symbolOfLowChar;
        int firstReportingRow = this.firstReportingRow;
        int row = 0;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            row = next[row + (c < symbolOfLowChar.length ? symbolOfLowChar[c] : symbol(c))];
            if (row >= firstReportingRow && report(row, i, context, hit)) {
                return true;
            }
        }
        return false;
    }

    private <C> boolean report(int row, int end, C context, Hit<C> hit) {
        for (int literal : endingAt[row >>> columnBits]) {
            if (hit.at(context, end + 1 - lengths[literal], literal)) {
                return true;
            }
        }
        return false;
    }

    /** Every literal that starts {@code text}, shortest first, until {@code hit} returns true. */
    <C> boolean findPrefixes(String text, C context, Hit<C> hit) {
        int row = 0;
        for (int i = 0; i < text.length(); i++) {
            row = next[row + symbol(text.charAt(i))];
            int state = row >>> columnBits;
            if (depth[state] != i + 1) {
                return false; // the text has left the trie: no longer literal starts it
            }
            for (int literal : spelling[state]) {
                if (hit.at(context, 0, literal)) {
                    return true;
                }
            }
        }
        return false;
    }
}
