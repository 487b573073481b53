package io.newswire.enrich.date;

/**
 * Characters as {@code java.util.regex} sees them in the scanner's patterns (no {@code UNICODE_CHARACTER_CLASS},
 * with {@code CASE_INSENSITIVE | UNICODE_CASE}), so that the hand-written date forms match exactly what their
 * patterns matched.
 */
final class PatternChars {

    private PatternChars() {
    }

    /** {@code \d}: ASCII digits only. */
    static boolean isDigitAt(String text, int i) {
        return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** Whether {@code c} is at {@code i}. */
    static boolean isAt(String text, int i, char c) {
        return i < text.length() && text.charAt(i) == c;
    }

    /** {@code \s}: ASCII white space only. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    static boolean isSpaceAt(String text, int i) {
        return i < text.length() && isSpace(text.charAt(i));
    }

    /** {@code (?![\p{L}])} at {@code i}: the end of the text or a code point that is not a letter. */
    static boolean noLetterAt(String text, int i) {
        return i >= text.length() || !Character.isLetter(text.codePointAt(i));
    }

    /**
     * A literal lower-case pattern character matched case-insensitively with Unicode case, as the regex does it:
     * the text's character upper-cased then lower-cased ("ſ" matches "s", "K" (Kelvin) matches "k").
     */
    static boolean foldsTo(String text, int i, char lower) {
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        if (c < 0x80) {
            return c == lower || c >= 'A' && c <= 'Z' && c + ('a' - 'A') == lower;
        }
        return Character.toLowerCase(Character.toUpperCase(c)) == lower;
    }

    /** {@code lower}, a lower-case literal, at {@code i}, each character as {@link #foldsTo}. */
    static boolean foldsTo(String text, int i, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            if (!foldsTo(text, i + k, lower.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** {@code [A-Za-z]} matched case-insensitively with Unicode case: also "ſ", "ı", "İ" and the Kelvin sign. */
    static boolean isAsciiLetterFolded(char c) {
        if (isAsciiLetter(c)) {
            return true;
        }
        char upper = Character.toUpperCase(c);
        return isAsciiLetter(upper) || isAsciiLetter(Character.toLowerCase(upper));
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    /**
     * The end of up to {@code max} letters ({@code \p{L}}, by code point, as the regex counts them) from {@code from},
     * or -1 when there are fewer than {@code min}.
     */
    static int lettersEnd(String text, int from, int min, int max) {
        int i = from;
        int count = 0;
        while (count < max && i < text.length()) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (!isAsciiLetter(c)) {
                    break;
                }
                i++;
            } else {
                int cp = text.codePointAt(i);
                if (!Character.isLetter(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
            count++;
        }
        return count >= min ? i : -1;
    }

    /** The value of the ASCII digits in {@code [from, to)}. */
    static int number(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n = n * 10 + text.charAt(i) - '0';
        }
        return n;
    }

    /** The end of up to {@code max} ASCII digits from {@code from}. */
    static int digitsEnd(String text, int from, int max) {
        int i = from;
        while (i - from < max && isDigitAt(text, i)) {
            i++;
        }
        return i;
    }
}
