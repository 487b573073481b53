package io.newswire.enrich.stance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into tokens for the stance tagger: words (hyphenated words split, "U.S." kept as one, possessive 's
 * and n't folded), numbers, punctuation, quotation marks and URLs. Newlines advance the paragraph index.
 */
final class Tokenizer {

    private Tokenizer() {}

    static List<Token> tokenize(String s) {
        return tokenize(s, null);
    }

    /** The tokens of s, each word numbered by the given phrase words (when not null). */
    static List<Token> tokenize(String s, PhraseWords words) {
        List<Token> out = new ArrayList<>(s.length() / 5 + 8);
        LetterRun run = new LetterRun();
        int n = s.length();
        int para = 0;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\n') {
                para++;
                i++;
                continue;
            }
            if (c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            if (isLetter(c)) {
                run.scan(s, i);
                int wordEnd = run.end;
                if (startsUrl(s, i, wordEnd)) {
                    int j = i;
                    while (j < n && !Character.isWhitespace(s.charAt(j))) {
                        j++;
                    }
                    add(out, new Token(i, j, Token.URL, "", ' '), para);
                    i = j;
                    continue;
                }
                // Abbreviation chains: U.S., U.N., U.S.A., N.K.
                if (i + 2 < n && s.charAt(i + 1) == '.' && isLetter(s.charAt(i + 2))
                        && (i + 3 >= n || !isLetterOrDigit(s.charAt(i + 3)))
                        && (i == 0 || !isLetterOrDigit(s.charAt(i - 1)))) {
                    StringBuilder sb = new StringBuilder(4);
                    int k = i;
                    boolean caps = true;
                    while (k < n && isLetter(s.charAt(k)) && (k + 1 >= n || !isLetterOrDigit(s.charAt(k + 1)))) {
                        char l = s.charAt(k);
                        caps &= Character.isUpperCase(l);
                        sb.append(l);
                        if (k + 1 < n && s.charAt(k + 1) == '.') {
                            k += 2;
                        } else {
                            k += 1;
                            break;
                        }
                    }
                    Token t = new Token(i, k, Token.WORD, sb.toString().toLowerCase(Locale.ROOT), ' ');
                    t.cap = Character.isUpperCase(sb.charAt(0));
                    t.allCaps = caps;
                    add(out, numbered(t, words), para);
                    i = k;
                    continue;
                }
                int j = wordEnd;
                boolean poss = false;
                boolean negated = false;
                // Apostrophe clitics and inner apostrophes.
                while (j + 1 < n && isApostrophe(s.charAt(j)) && isLetter(s.charAt(j + 1))) {
                    int k = j + 1;
                    while (k < n && isLetter(s.charAt(k))) {
                        k++;
                    }
                    String clitic = s.substring(j + 1, k).toLowerCase(Locale.ROOT);
                    if (clitic.equals("s")) {
                        poss = true;
                        j = k;
                        break;
                    } else if (clitic.equals("t") && wordEnd - i >= 2 && Character.toLowerCase(s.charAt(wordEnd - 1)) == 'n') {
                        negated = true;
                        wordEnd = wordEnd - 1;
                        j = k;
                        break;
                    } else if (clitic.equals("re") || clitic.equals("ll") || clitic.equals("d") || clitic.equals("m")
                            || clitic.equals("ve")) {
                        j = k;
                        break;
                    } else {
                        // O'Shea, d'Estaing: part of the word
                        j = k;
                        wordEnd = k;
                    }
                }
                Token t = word(s, i, wordEnd, negated ? wordEnd : j, words, wordEnd == run.end ? run : null);
                t.cap = Character.isUpperCase(s.charAt(i));
                t.allCaps = wordEnd - i >= 2 && isAllCaps(s, i, wordEnd);
                t.poss = poss;
                add(out, t, para);
                if (negated) {
                    add(out, numbered(new Token(wordEnd, j, Token.WORD, "not", ' '), words), para);
                }
                i = j;
                continue;
            }
            if (Character.isDigit(c)) {
                int j = i;
                while (j < n && (isLetterOrDigit(s.charAt(j))
                        || ((s.charAt(j) == ',' || s.charAt(j) == '.') && j + 1 < n && Character.isDigit(s.charAt(j + 1))))) {
                    j++;
                }
                Token number = new Token(i, j, Token.NUM, s.substring(i, j).toLowerCase(Locale.ROOT), ' ');
                add(out, numbered(number, words), para);
                i = j;
                continue;
            }
            switch (c) {
                case '“', '”', '„', '‟', '«', '»', '‹', '›', '"', '‘', '’', '‚', '\'', '`' -> {
                    add(out, new Token(i, i + 1, Token.QUOTE, String.valueOf(c), c), para);
                    i++;
                }
                case '—', '–', '―' -> {
                    add(out, new Token(i, i + 1, Token.DASH, String.valueOf(c), c), para);
                    i++;
                }
                case '-', '‐', '‑' -> {
                    boolean inWord = i > 0 && i + 1 < n && isLetterOrDigit(s.charAt(i - 1))
                            && isLetterOrDigit(s.charAt(i + 1));
                    if (!inWord) {
                        boolean spaced = (i == 0 || Character.isWhitespace(s.charAt(i - 1)))
                                && (i + 1 >= n || Character.isWhitespace(s.charAt(i + 1)) || s.charAt(i + 1) == '-');
                        if (spaced) {
                            add(out, new Token(i, i + 1, Token.DASH, "-", '—'), para);
                        }
                    }
                    i++;
                }
                case '.', ',', ';', ':', '!', '?', '…', '(', ')', '[', ']' -> {
                    // "..." is one ellipsis
                    if (c == '.' && i + 2 < n && s.charAt(i + 1) == '.' && s.charAt(i + 2) == '.') {
                        int j = i;
                        while (j < n && s.charAt(j) == '.') {
                            j++;
                        }
                        add(out, new Token(i, j, Token.PUNCT, "…", '…'), para);
                        i = j;
                    } else {
                        add(out, new Token(i, i + 1, Token.PUNCT, String.valueOf(c), c), para);
                        i++;
                    }
                }
                case '@', '#' -> {
                    int j = i + 1;
                    while (j < n && (isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                        j++;
                    }
                    if (c == '@') {
                        add(out, new Token(i, j, Token.URL, "", ' '), para);
                    }
                    i = c == '@' ? j : i + 1;
                }
                default -> i++;
            }
        }
        return out;
    }

    private static void add(List<Token> out, Token t, int para) {
        t.para = para;
        out.add(t);
    }

    /**
     * The token of the word s[from, to), which ends at end; numbered by the phrase words when given. The run, when
     * given, is s[from, to) scanned already: the word is then looked up by its hash, without another pass.
     */
    private static Token word(String s, int from, int to, int end, PhraseWords words, LetterRun run) {
        int found;
        if (words == null || run != null && !run.ascii) {
            found = PhraseWords.NOT_ASCII;
        } else {
            found = run == null ? words.find(s, from, to) : words.find(run.lowerHash, s, from, to);
        }
        if (found >= 0) {
            return new Token(from, end, words.word(found), words.number(found)); // no lower-case string built
        }
        String text = s.substring(from, to);
        boolean lower = run != null && run.ascii && !run.upper;
        Token t = new Token(from, end, Token.WORD, lower ? text : text.toLowerCase(Locale.ROOT), ' ');
        if (words != null) {
            t.word = words.numberOf(t, found);
        }
        return t;
    }

    /** The word token t, numbered by the phrase words when given. */
    private static Token numbered(Token t, PhraseWords words) {
        if (words != null) {
            t.word = words.numberOf(t.stem);
        }
        return t;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '’' || c == 'ʼ';
    }

    private static boolean isAllCaps(String s, int from, int to) {
        boolean letter = false;
        for (int k = from; k < to; k++) {
            char ch = s.charAt(k);
            if (isLetter(ch)) {
                letter = true;
                if (!Character.isUpperCase(ch)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /**
     * A run of letters and digits, scanned once for all the tokenizer asks of it: where it ends, whether it is plain
     * ASCII and has capitals, and the {@link String#hashCode} of its lower case, by which {@link PhraseWords} finds it.
     */
    private static final class LetterRun {
        int end;
        boolean ascii;
        boolean upper;
        int lowerHash;

        void scan(String s, int from) {
            int n = s.length();
            int hash = 0;
            boolean allAscii = true;
            boolean capitals = false;
            int j = from;
            for (; j < n; j++) {
                char c = s.charAt(j);
                if (!isLetterOrDigit(c)) {
                    break;
                }
                if (c >= 128) {
                    allAscii = false;
                } else if (c >= 'A' && c <= 'Z') {
                    capitals = true;
                    c = (char) (c + ('a' - 'A'));
                }
                hash = 31 * hash + c;
            }
            end = j;
            ascii = allAscii;
            upper = capitals;
            lowerHash = hash;
        }
    }

    // Character's tests, answered by range for ASCII (most of the text) before the Unicode tables.

    static boolean isLetter(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c);
    }

    static boolean isLetterOrDigit(char c) {
        return c < 128 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                : Character.isLetterOrDigit(c);
    }

    /** Whether a URL starts at i, where the run of letters and digits from i ends at w. */
    private static boolean startsUrl(String s, int i, int w) {
        // fast path: a plain word followed by a space or punctuation other than '.'
        int n = s.length();
        if (w >= n || (s.charAt(w) != '.' && s.charAt(w) != ':' && s.charAt(w) != '/')) {
            return false;
        }
        if (s.startsWith("http://", i) || s.startsWith("https://", i) || s.startsWith("www.", i)
                || s.startsWith("pic.twitter.com", i)) {
            return true;
        }
        // domain-like chunk: letters '.' letters '/' ...
        int j = i;
        boolean dot = false;
        while (j < n && !Character.isWhitespace(s.charAt(j))) {
            char ch = s.charAt(j);
            if (ch == '.' && j + 1 < n && isLetter(s.charAt(j + 1))) {
                dot = true;
            } else if (ch == '/' && dot) {
                return true;
            } else if (!isLetterOrDigit(ch) && ch != '.' && ch != '-' && ch != '_') {
                return false;
            }
            j++;
            if (j - i > 80) {
                return false;
            }
        }
        return false;
    }
}
