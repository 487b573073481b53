package io.newswire.enrich.source;

import java.util.Arrays;
import java.util.Locale;

/**
 * The words of a text with their offsets: letters and digits, joined by inner dots, hyphens, apostrophes, and
 * ampersands ("ITAR-TASS", "Kremlin.ru", "L.A.", "AT&T").
 *
 * <p>Why offsets: a scan for outlet names looks at every word of an article, and only a few can begin a name. Words
 * are kept as offsets into the text; a word's text and lower-case form are made only when asked for, and
 * {@link WordTable} tells, without making them, whether it is a known word.
 */
final class Tokens {

    /** The ASCII letters and digits, by character: a table lookup instead of three range tests for each character. */
    private static final boolean[] ASCII_WORD_CHARS = new boolean[0x80];

    static {
        for (char c = 0; c < 0x80; c++) {
            ASCII_WORD_CHARS[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
    }

    private final String source;
    private int[] starts;
    private int[] ends;
    /** Whether each word has an inner dot ("Kremlin.ru"), so may be a domain. */
    private boolean[] dotted;
    private int size;
    /** The highest character of the text, if it is not ASCII; else 0. */
    private char highestNonAscii;
    private String[] texts;
    private String[] lowers;

    private Tokens(String source) {
        this.source = source;
        // Room for the words of most texts, which average more than six characters a word with its space.
        int capacity = 8 + source.length() / 6;
        starts = new int[capacity];
        ends = new int[capacity];
        dotted = new boolean[capacity];
    }

    static Tokens of(String text) {
        Tokens tokens = new Tokens(text);
        tokens.scan();
        return tokens;
    }

    /** Finds the words; every character of the text passes through {@link #isWordChar} once at least. */
    private void scan() {
        String text = source;
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && !isWordChar(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            boolean dot = false;
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    i++;
                } else if ((c == '.' || c == '-' || c == '\'' || c == '’' || c == '&')
                        && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                    dot |= c == '.';
                    i += 2;
                } else {
                    break;
                }
            }
            // French elision: "l'AFP" and "d'Interfax" name the outlet after the apostrophe.
            if (i - start > 2 && (text.charAt(start + 1) == '\'' || text.charAt(start + 1) == '’')
                    && "lLdDjJ".indexOf(text.charAt(start)) >= 0 && Character.isUpperCase(text.charAt(start + 2))) {
                start += 2;
            }
            add(start, i, dot);
        }
    }

    /** {@code Character.isLetterOrDigit}, with ASCII answered without a Unicode table lookup. */
    private boolean isWordChar(char c) {
        if (c < 0x80) {
            return ASCII_WORD_CHARS[c];
        }
        highestNonAscii = (char) Math.max(highestNonAscii, c);
        return Character.isLetterOrDigit(c);
    }

    private void add(int start, int end, boolean dot) {
        if (size == starts.length) {
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
            dotted = Arrays.copyOf(dotted, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        dotted[size] = dot;
        size++;
    }

    /** Whether the text has a character from {@code c} on (not ASCII). */
    boolean hasCharFrom(char c) {
        return highestNonAscii >= c;
    }

    String source() {
        return source;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    String text(int i) {
        if (texts == null) {
            texts = new String[size];
        }
        if (texts[i] == null) {
            texts[i] = source.substring(starts[i], ends[i]);
        }
        return texts[i];
    }

    String lower(int i) {
        if (lowers == null) {
            lowers = new String[size];
        }
        if (lowers[i] == null) {
            lowers[i] = text(i).toLowerCase(Locale.ROOT);
        }
        return lowers[i];
    }

    /** "TASS's" and "Reuters’" without the possessive ending. */
    String textWithoutPossessive(int i) {
        String text = text(i);
        return text.endsWith("'s") || text.endsWith("’s") ? text.substring(0, text.length() - 2) : text;
    }

    String lowerWithoutPossessive(int i) {
        String lower = lower(i);
        return lower.endsWith("'s") || lower.endsWith("’s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    /** Whether the word ends in "'s" or "’s", as {@link #lower} does. */
    boolean endsPossessive(int i) {
        int end = ends[i];
        return end - starts[i] >= 2 && (source.charAt(end - 2) == '\'' || source.charAt(end - 2) == '’')
                && (source.charAt(end - 1) == 's' || source.charAt(end - 1) == 'S');
    }

    /** Whether the word is all ASCII, so that its lower case is {@link #text} lower-cased letter by letter. */
    boolean isAscii(int i) {
        for (int k = starts[i]; k < ends[i]; k++) {
            if (source.charAt(k) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word has a dot after its first character ("Kremlin.ru"), so may be a domain. */
    boolean hasInnerDot(int i) {
        return dotted[i];
    }
}
