package io.newswire.enrich.stance;

/** One token of an article, with what the analysis learns about it. Package-private working data. */
final class Token {
    static final byte WORD = 0;
    static final byte NUM = 1;
    static final byte PUNCT = 2;
    static final byte QUOTE = 3;
    static final byte URL = 4;
    static final byte DASH = 5;

    /** Voice of a token: the author's, a paraphrase of someone's words, or inside quotation marks / an embed. */
    static final byte AUTHOR = 0;
    static final byte REPORTED = 1;
    static final byte QUOTED = 2;

    final int start;
    final int end;
    final byte type;
    /** Lower-case form (WORD, NUM); the character for PUNCT, QUOTE, DASH. */
    final String norm;
    /** Plural-stripped form of norm. */
    final String stem;
    final char ch;
    /** The number of the stem among the tagger's phrase words ({@link PhraseWords}); NONE until numbered. */
    int word = PhraseWords.NONE;
    boolean cap;
    boolean allCaps;
    boolean poss;
    int para;
    int sent;
    /** Quotation depth (0 = outside quotation marks). */
    int depth;
    /** For QUOTE tokens: +1 opens, -1 closes, 0 is an apostrophe or stray mark. */
    int quoteRole;
    byte voice;

    /** A word that is its own stem, with its number among the phrase words. */
    Token(int start, int end, String norm, int word) {
        this.start = start;
        this.end = end;
        this.type = WORD;
        this.norm = norm;
        this.stem = norm;
        this.ch = ' ';
        this.word = word;
    }

    Token(int start, int end, byte type, String norm, char ch) {
        this.start = start;
        this.end = end;
        this.type = type;
        this.norm = norm;
        this.stem = type == WORD ? stem(norm) : norm;
        this.ch = ch;
    }

    boolean isWord() {
        return type == WORD || type == NUM;
    }

    /** Punctuation that separates clauses: ; : — ( ) and sentence ends. */
    boolean isClauseBreak() {
        return type == DASH || (type == PUNCT && (ch == ';' || ch == ':' || ch == '(' || ch == ')' || ch == '.' || ch == '!'
                || ch == '?' || ch == '…'));
    }

    static String stem(String w) {
        int n = w.length();
        if (n <= 3 || w.charAt(n - 1) != 's') {
            return w;
        }
        char p = w.charAt(n - 2);
        if (p == 's' || p == 'u' || p == 'i' || p == '\'' || w.equals("news") || w.equals("chaos")) {
            return w;
        }
        if (n > 4 && w.endsWith("ies")) {
            return w.substring(0, n - 3) + "y";
        }
        if (n > 4 && (w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes") || w.endsWith("sses"))) {
            return w.substring(0, n - 2);
        }
        return w.substring(0, n - 1);
    }

    @Override
    public String toString() {
        return norm;
    }
}
