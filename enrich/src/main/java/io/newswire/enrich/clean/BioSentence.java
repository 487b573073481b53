package io.newswire.enrich.clean;

import java.util.regex.Pattern;

/**
 * The first sentence of an author bio: "Mia Patel is an investigative journalist ...". {@link #PATTERN} defines it. It
 * is tried on every paragraph of an article's second half, most of which can't match: a cheap test of their first
 * words rules those out.
 */
final class BioSentence {

    static final Pattern PATTERN = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){0,3}\\s+(?:is|was)\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,5}"
                    + "(?:journalist|reporter|correspondent|writer|editor|columnist|author|contributor|analyst|blogger|freelancer|commentator)\\b.*");

    /** The pattern's name: a word, then up to three more. */
    private static final int MAX_NAME_WORDS = 4;

    private BioSentence() {
    }

    /** Whether the whole line matches {@link #PATTERN}. */
    static boolean matches(String line) {
        return mayMatch(line) && PATTERN.matcher(line).matches();
    }

    /**
     * What the pattern needs: "is" or "was" as one of the line's second to fifth words. Its name words can hold no
     * {@code \s}, and a {@code \s} must follow each, so the line's words (split at {@code \s}) are the pattern's.
     */
    static boolean mayMatch(String line) {
        int end = wordEnd(line, 0);
        for (int word = 1; word <= MAX_NAME_WORDS; word++) {
            int start = spacesEnd(line, end);
            if (start == line.length()) {
                return false;
            }
            end = wordEnd(line, start);
            if (isWord(line, start, end, "is") || isWord(line, start, end, "was")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWord(String line, int start, int end, String word) {
        return end - start == word.length() && line.startsWith(word, start);
    }

    private static int wordEnd(String line, int from) {
        int i = from;
        while (i < line.length() && !isPatternSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int spacesEnd(String line, int from) {
        int i = from;
        while (i < line.length() && isPatternSpace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The pattern's {@code \s}: without UNICODE_CHARACTER_CLASS, these six. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
