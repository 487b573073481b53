package io.newswire.enrich.stance;

import java.util.HashMap;
import java.util.Map;

/**
 * The words of a tagger's phrases (names and lexicon), numbered. The tokenizer gives each token its word's number
 * ({@link Token#word}), so that every {@link PhraseMatcher} sharing these words compares numbers instead of hashing and
 * comparing strings at every token. A word written in plain ASCII that is its own stem ("the", "not", "dictator") is
 * also found straight from the text, without building its lower-case string first. Filled while the tagger is built,
 * read-only after.
 */
final class PhraseWords {

    /** The number of a token whose stem is in no phrase. */
    static final int NONE = -1;
    /** From {@link #find}: the text is plain ASCII and spells no phrase word that is its own stem. */
    static final int ABSENT = -1;
    /** From {@link #find}: the text is not plain ASCII, so only its lower-case string can be looked up. */
    static final int NOT_ASCII = -2;

    private final Map<String, Integer> numbers = new HashMap<>();
    /** Open addressing by {@link String#hashCode}: the words that are their own stem, their hashes and numbers. */
    private String[] table = new String[64];
    private int[] tableHashes = new int[64];
    private int[] tableNumbers = new int[64];
    private int tableSize;

    /** The number of a phrase word's stem, given a new one if it is new. */
    int add(String stem) {
        Integer known = numbers.get(stem);
        if (known != null) {
            return known;
        }
        int n = numbers.size();
        numbers.put(stem, n);
        if (Token.stem(stem).equals(stem)) {
            if (2 * (tableSize + 1) > table.length) {
                grow();
            }
            insert(stem, n);
        }
        return n;
    }

    /** The number of a stem, or {@link #NONE}. */
    int numberOf(String stem) {
        Integer n = numbers.get(stem);
        return n == null ? NONE : n;
    }

    /**
     * The slot of the phrase word that is its own stem and that text[from, to) spells in lower case, found when the
     * text is plain ASCII; else {@link #ABSENT} or {@link #NOT_ASCII}. The slot's word and number are {@link #word}
     * and {@link #number}.
     */
    int find(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return NOT_ASCII;
            }
            h = 31 * h + lower(c);
        }
        return find(h, text, from, to);
    }

    /** {@link #find(String, int, int)} of plain ASCII text whose lower case has the {@link String#hashCode} h. */
    int find(int h, String text, int from, int to) {
        int mask = table.length - 1;
        for (int slot = h & mask; table[slot] != null; slot = (slot + 1) & mask) {
            if (tableHashes[slot] == h && spells(table[slot], text, from, to)) {
                return slot;
            }
        }
        return ABSENT;
    }

    /**
     * The number of a word token's stem when {@link #find} did not find its text: none, without a lookup, when the
     * text is plain ASCII and the word is its own stem, since every such phrase word is found.
     */
    int numberOf(Token t, int found) {
        return found == ABSENT && t.stem.equals(t.norm) ? NONE : numberOf(t.stem);
    }

    String word(int slot) {
        return table[slot];
    }

    int number(int slot) {
        return tableNumbers[slot];
    }

    private static boolean spells(String word, String text, int from, int to) {
        if (word.length() != to - from) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) != lower(text.charAt(from + k))) {
                return false;
            }
        }
        return true;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private void insert(String word, int number) {
        int mask = table.length - 1;
        int slot = word.hashCode() & mask;
        while (table[slot] != null) {
            slot = (slot + 1) & mask;
        }
        table[slot] = word;
        tableHashes[slot] = word.hashCode();
        tableNumbers[slot] = number;
        tableSize++;
    }

    private void grow() {
        String[] oldWords = table;
        int[] oldNumbers = tableNumbers;
        table = new String[oldWords.length * 2];
        tableHashes = new int[oldWords.length * 2];
        tableNumbers = new int[oldWords.length * 2];
        tableSize = 0;
        for (int i = 0; i < oldWords.length; i++) {
            if (oldWords[i] != null) {
                insert(oldWords[i], oldNumbers[i]);
            }
        }
    }
}
