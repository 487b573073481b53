package io.newswire.enrich.clean;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Comparison key for headline repeats: case, accents, quote styles and punctuation ignored. Quotes are unified, the
 * text normalised (NFKC) and lower-cased, and its runs of letters, numbers and apostrophes joined with one space.
 */
final class TitleKey {

    private TitleKey() {
    }

    static String of(String text) {
        return isAscii(text) ? asciiKey(text) : unicodeKey(text);
    }

    static String unicodeKey(String s) {
        return joinedWords(Normalizer.normalize(withUnifiedQuotes(s), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT));
    }

    /** Single quotes, primes and accents become "'", double quotes and guillemets '"'; before normalisation. */
    private static CharSequence withUnifiedQuotes(String s) {
        StringBuilder unified = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            unified.append(switch (c) {
                case '‘', '’', '‛', '′', '`', '´' -> '\'';
                case '“', '”', '„', '‟', '″', '«', '»' -> '"';
                default -> c;
            });
        }
        return unified;
    }

    /** The runs of letters ({@code \p{L}}), numbers ({@code \p{N}}) and apostrophes, joined with one space. */
    private static String joinedWords(String s) {
        StringBuilder key = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isKeyChar(c)) {
                if (gap && !key.isEmpty()) {
                    key.append(' ');
                }
                key.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    private static boolean isKeyChar(int c) {
        if (c == '\'') {
            return true;
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * {@link #of} ASCII text in one pass: normalisation leaves ASCII as it is and the only ASCII quote to replace is
     * the backtick, so what remains is lower-casing and joining the runs of letters, digits and apostrophes with a space.
     */
    static String asciiKey(String s) {
        StringBuilder key = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char k = c == '`' ? '\'' : c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (k >= 'a' && k <= 'z' || k >= '0' && k <= '9' || k == '\'') {
                if (gap && !key.isEmpty()) {
                    key.append(' ');
                }
                key.append(k);
                gap = false;
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /**
     * A cheap test before {@link #of}: ASCII punctuation never reaches a key, so when the first other character is an
     * ASCII letter, digit or apostrophe (a backtick becomes one), it must be the key's first character. Anything else
     * (non-ASCII, which normalisation may change) defers to {@code of}.
     */
    static boolean mayHaveKey(String line, String key) {
        if (key.isEmpty()) {
            return true;
        }
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x80) {
                return true;
            }
            if (Character.isLetterOrDigit(c) || c == '\'' || c == '`') {
                return (c == '`' ? '\'' : Character.toLowerCase(c)) == key.charAt(0);
            }
        }
        return true;
    }
}
