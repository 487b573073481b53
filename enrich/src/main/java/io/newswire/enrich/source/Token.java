package io.newswire.enrich.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A word of text with its offsets: letters and digits, joined by inner dots, hyphens, apostrophes, and ampersands ("ITAR-TASS", "Kremlin.ru", "L.A.", "AT&T").
 */
record Token(String text, String lower, int start, int end) {

    Token(String text, int start, int end) {
        this(text, text.toLowerCase(Locale.ROOT), start, end);
    }

    /** "TASS's" and "Reuters’" without the possessive ending. */
    String textWithoutPossessive() {
        if (text.endsWith("'s") || text.endsWith("’s")) {
            return text.substring(0, text.length() - 2);
        }
        return text;
    }

    String lowerWithoutPossessive() {
        return lower.endsWith("'s") || lower.endsWith("’s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !Character.isLetterOrDigit(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n) {
                char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    i++;
                } else if ((c == '.' || c == '-' || c == '\'' || c == '’' || c == '&')
                        && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                    i += 2;
                } else {
                    break;
                }
            }
            // French elision: "l'AFP" and "d'Interfax" name the outlet after the apostrophe.
            if (i - start > 2 && "lLdDjJ".indexOf(text.charAt(start)) >= 0 && (text.charAt(start + 1) == '\'' || text.charAt(start + 1) == '’')
                    && Character.isUpperCase(text.charAt(start + 2))) {
                start += 2;
            }
            tokens.add(new Token(text.substring(start, i), start, i));
        }
        return tokens;
    }
}
