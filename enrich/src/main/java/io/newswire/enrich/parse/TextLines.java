package io.newswire.enrich.parse;

import java.util.Arrays;

/**
 * The lines of a text, split at \n, \r\n and \r as {@code split("\r?\n|\r", -1)} splits them, but found only as far
 * as they are asked for: the plain-text parser reads the first few lines, and the body is the text itself.
 */
final class TextLines {

    private final String text;
    /** Index of the last character that is not whitespace, -1 when there is none. */
    private final int lastNonBlank;
    /** Start and end (before its line break) of each line found so far. */
    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int found;
    /** Where the next line starts; -1 once the last line is found. */
    private int next;

    TextLines(String text) {
        this.text = text;
        int last = text.length() - 1;
        // Char by char as isBlank() reads code points: no whitespace is outside the BMP, so a surrogate is not blank.
        while (last >= 0 && Character.isWhitespace(text.charAt(last))) {
            last--;
        }
        lastNonBlank = last;
    }

    /** Whether the text has a line i. */
    boolean has(int i) {
        while (found <= i && next >= 0) {
            findNext();
        }
        return i < found;
    }

    /** Line i, which must exist ({@link #has}). */
    String get(int i) {
        has(i);
        return text.substring(starts[i], ends[i]);
    }

    /** Whether a line after line i is not blank, as {@code lines[j].isBlank()} tells for each j > i. */
    boolean nonBlankAfter(int i) {
        // Line breaks are whitespace: a line after i is not blank iff something not blank follows line i's end.
        return has(i) && lastNonBlank > ends[i];
    }

    /**
     * The lines from line i on, each ended by \n. Without a \r in the text that is the text from line i's start with
     * one \n added, copied once instead of line by line.
     */
    String from(int i) {
        if (!has(i)) {
            return "";
        }
        int start = starts[i];
        if (text.indexOf('\r', start) < 0) {
            return text.substring(start).concat("\n");
        }
        StringBuilder body = new StringBuilder(text.length() - start + 1);
        for (int j = i; has(j); j++) {
            body.append(text, starts[j], ends[j]).append('\n');
        }
        return body.toString();
    }

    private void findNext() {
        if (found == starts.length) {
            starts = Arrays.copyOf(starts, 2 * found);
            ends = Arrays.copyOf(ends, 2 * found);
        }
        int start = next;
        int n = text.length();
        int end = start;
        while (end < n && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        starts[found] = start;
        ends[found] = end;
        found++;
        if (end == n) {
            next = -1;
        } else {
            next = text.charAt(end) == '\r' && end + 1 < n && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
        }
    }
}
