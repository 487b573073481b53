package io.newswire.enrich.source;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The clause on either side of an outlet mention, and its words, as the attribution cues read them.
 *
 * <p>Hand scanners, as these run for every mention: they give what the regular expressions in their comments give
 * (ClausesTest compares them on random text).
 */
final class Clauses {

    private Clauses() {
    }

    /** The text after the last sentence end: {@code [.!?;](?=\s|$)}. */
    static String last(String before) {
        for (int i = before.length() - 1; i >= 0; i--) {
            if (isSentenceEnd(before, i)) {
                return before.substring(i + 1);
            }
        }
        return before;
    }

    /** The text before the first sentence end: {@code [.!?;](?=\s|$)}. */
    static String first(String after) {
        for (int i = 0; i < after.length(); i++) {
            if (isSentenceEnd(after, i)) {
                return after.substring(0, i);
            }
        }
        return after;
    }

    /**
     * Whether a sentence ends at {@code i}: a stop, then ASCII white space, the end of the text, or a line
     * terminator that ends the text (where {@code $} matches too).
     */
    private static boolean isSentenceEnd(String s, int i) {
        char c = s.charAt(i);
        if (c != '.' && c != '!' && c != '?' && c != ';') {
            return false;
        }
        int next = i + 1;
        if (next == s.length()) {
            return true;
        }
        char n = s.charAt(next);
        return n == ' ' || n >= '\t' && n <= '\r'
                || next == s.length() - 1 && (n == '\u0085' || n == '\u2028' || n == '\u2029');
    }

    /**
     * The first lower-case words, up to {@code max}: runs of letters, numbers ({@code \\p{L}\\p{N}}), apostrophes and
     * hyphens, with "’" read as "'" ("d'après"); an elided article stands apart, so "l'AFP" gives "l'".
     */
    static List<String> firstWords(String s, int max) {
        String lower = lowerCase(s);
        List<String> out = new ArrayList<>(max);
        int n = lower.length();
        int i = 0;
        while (i < n && out.size() < max) {
            int cp = lower.codePointAt(i);
            if (!isWordPart(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            while (i < n && isWordPart(cp = lower.codePointAt(i))) {
                i += Character.charCount(cp);
            }
            out.add(word(lower, start, i));
        }
        return out;
    }

    /** The last lower-case words, up to {@code max}, in text order: the words of {@link #firstWords}. */
    static List<String> lastWords(String s, int max) {
        String lower = lowerCase(s);
        List<String> out = new ArrayList<>(max);
        int i = lower.length();
        while (i > 0 && out.size() < max) {
            int cp = lower.codePointBefore(i);
            if (!isWordPart(cp)) {
                i -= Character.charCount(cp);
                continue;
            }
            int end = i;
            while (i > 0 && isWordPart(cp = lower.codePointBefore(i))) {
                i -= Character.charCount(cp);
            }
            out.add(word(lower, i, end));
        }
        Collections.reverse(out);
        return out;
    }

    /** Lower case of the whole clause, as a letter's may depend on its neighbours (Greek final sigma); "’" as "'". */
    private static String lowerCase(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    private static String word(String lower, int start, int end) {
        boolean elided = end - start > 2 && lower.startsWith("l'", start);
        return elided ? "l'" : lower.substring(start, end); // "selon l'" + "AFP": the article stands apart
    }

    private static boolean isWordPart(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z' || cp == '\'' || cp == '-';
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }
}
