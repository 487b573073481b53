package io.newswire.enrich.clean;

import java.util.regex.Pattern;

/**
 * The heading of a reader comment: who wrote it and when, "Tom Reilly September 15, 2023 at 2:07 pm", "Walkin O'Shea
 * · 3 hours ago". {@link #PATTERN} defines it. It is tried on every short line below the article, where Java's
 * backtracking over it costs microseconds, so a cheap test rules most lines out first and another confirms the usual
 * form without it.
 */
final class CommenterLine {

    static final Pattern PATTERN = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.\\-]*(?:\\s+[\\p{L}'’.\\-]+){0,3}\\s+(?:on\\s+|·\\s*|\\|\\s*|-\\s*|says:?\\s*|said:?\\s*)?"
                    + "[\\p{L}\\d ,.]{0,30}?(?:\\d{1,2}:\\d{2}\\s?(?:[ap]\\.?m\\.?)?|\\d+\\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\\s+ago)"
                    + "\\s*(?:said:?|says:?|wrote:?|reply|[A-Z]{2,4})?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The pattern's {@code {0,30}} between the name and the time. */
    private static final int MAX_DATE_CHARS = 30;
    /** The pattern's {@code {0,3}}: words of the name after its first. */
    private static final int MAX_MORE_NAME_WORDS = 3;

    private CommenterLine() {
    }

    /** Whether the whole line matches {@link #PATTERN}. */
    static boolean matches(String line) {
        return surelyMatches(line) || mayMatch(line) && !surelyFails(line) && PATTERN.matcher(line).matches();
    }

    /**
     * A certain no when the name's first word runs into a character that can't be in a name, nor the space after it:
     * "kyiv_watcher September 16, 2023 at 3:14 pm". Only ASCII is judged; a no from here is a no from the pattern.
     */
    static boolean surelyFails(String line) {
        int end = wordEnd(line, 1, line.length());
        if (end == line.length()) {
            return true; // one word: the pattern needs a space after the name
        }
        char c = line.charAt(end);
        return c < 0x80 && !isPatternSpace(c);
    }

    /**
     * What the pattern needs: a letter first and a time, "5:06 pm" (a digit, a colon, a digit) or "3 hours ago" (the
     * word "ago", compared as its case-insensitive match does).
     */
    static boolean mayMatch(String line) {
        if (line.isEmpty() || !Character.isLetter(line.charAt(0))) {
            return false;
        }
        for (int i = line.indexOf(':', 1); i >= 0 && i + 1 < line.length(); i = line.indexOf(':', i + 1)) {
            if (isDigit(line.charAt(i - 1)) && isDigit(line.charAt(i + 1))) {
                return true;
            }
        }
        // Only 'a' and 'A' compare equal to 'a' ignoring case.
        return containsAgo(line, 'a') || containsAgo(line, 'A');
    }

    private static boolean containsAgo(String line, char first) {
        for (int i = line.indexOf(first); i >= 0 && i + 3 <= line.length(); i = line.indexOf(first, i + 1)) {
            char second = line.charAt(i + 1); // an ASCII character other than 'g' or 'G' can't match "g": a cheap test first
            if ((second >= 0x80 || isAsciiLetterIgnoringCase(second, 'g')) && line.regionMatches(true, i, "ago", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A certain yes for the usual form, in ASCII: a name of up to four words, at most 30 letters, digits, spaces, commas
     * and dots (the date), "h:mm" or "hh:mm", then optionally "am" or "pm" (dotted or not) and "Reply". Each part is one
     * of the ways the pattern's part matches, so a yes here is a yes from the pattern; a no says nothing.
     */
    static boolean surelyMatches(String line) {
        int time = timeStart(line);
        if (time < 0) {
            return false;
        }
        int date = nameEnd(line, time);
        if (date < 0 || time - date > MAX_DATE_CHARS) {
            return false;
        }
        for (int i = date; i < time; i++) {
            char c = line.charAt(i);
            if (!(isAsciiLetter(c) || isDigit(c) || c == ' ' || c == ',' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** Where "h:mm" starts in a line that ends with it, its meridiem and "Reply"; -1 if it does not end so. */
    private static int timeStart(String line) {
        int end = line.length();
        if (endsWithAsciiIgnoringCase(line, end, "reply")) {
            end -= "reply".length();
            while (end > 0 && line.charAt(end - 1) == ' ') {
                end--;
            }
        }
        end = meridiemStart(line, end);
        if (end < 4 || !isDigit(line.charAt(end - 1)) || !isDigit(line.charAt(end - 2)) || line.charAt(end - 3) != ':'
                || !isDigit(line.charAt(end - 4))) {
            return -1;
        }
        int start = end - 4;
        return start > 0 && isDigit(line.charAt(start - 1)) ? start - 1 : start;
    }

    /** Where an "am", "p.m." and the like ending the text at {@code end} starts, with one space before it; else end. */
    private static int meridiemStart(String line, int end) {
        int i = end;
        if (i > 0 && line.charAt(i - 1) == '.') {
            i--;
        }
        if (i == 0 || !isAsciiLetterIgnoringCase(line.charAt(i - 1), 'm')) {
            return end;
        }
        i--;
        if (i > 0 && line.charAt(i - 1) == '.') {
            i--;
        }
        if (i == 0 || !(isAsciiLetterIgnoringCase(line.charAt(i - 1), 'a') || isAsciiLetterIgnoringCase(line.charAt(i - 1), 'p'))) {
            return end;
        }
        i--;
        return i > 0 && line.charAt(i - 1) == ' ' ? i - 1 : i;
    }

    /**
     * Where the date starts: after the name (a word, then up to three more, each followed by spaces) and the spaces
     * after it, all before {@code limit}; -1 if the line does not start with a name and a space.
     */
    private static int nameEnd(String line, int limit) {
        if (limit == 0 || !isAsciiLetter(line.charAt(0))) {
            return -1;
        }
        int end = wordEnd(line, 1, limit);
        if (end >= limit || line.charAt(end) != ' ') {
            return -1;
        }
        int next = spacesEnd(line, end, limit);
        for (int words = 0; words < MAX_MORE_NAME_WORDS; words++) {
            end = wordEnd(line, next, limit);
            if (end == next || end >= limit || line.charAt(end) != ' ') {
                break;
            }
            next = spacesEnd(line, end, limit);
        }
        return next;
    }

    private static int wordEnd(String line, int from, int limit) {
        int i = from;
        while (i < limit && isNameChar(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int spacesEnd(String line, int from, int limit) {
        int i = from;
        while (i < limit && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static boolean endsWithAsciiIgnoringCase(String line, int end, String lowerCaseWord) {
        int start = end - lowerCaseWord.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < lowerCaseWord.length(); i++) {
            if (!isAsciiLetterIgnoringCase(line.charAt(start + i), lowerCaseWord.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Setting bit 0x20 maps only 'A'-'Z' onto 'a'-'z': no other character passes for a lower-case letter. */
    private static boolean isAsciiLetterIgnoringCase(char c, char lowerCaseLetter) {
        return (c | 0x20) == lowerCaseLetter;
    }

    /** The pattern's {@code [\p{L}'’.\-]}, in ASCII. */
    private static boolean isNameChar(char c) {
        return isAsciiLetter(c) || c == '\'' || c == '.' || c == '-';
    }

    /** The pattern's {@code \\s}: without UNICODE_CHARACTER_CLASS, these six. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
