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

    private final Map<String, Integer> numbers = new HashMap<>();
    /** Open addressing by {@link String#hashCode}: the words that are their own stem, and their numbers. */
    private String[] table = new String[64];
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
     * The slot of the word that text[from, to) spells in lower case, when the text is ASCII letters and digits and
     * the word is its own stem; -1 otherwise. Its word and number are then {@link #word} and {@link #number}.
     */
    int find(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return -1;
            }
            h = 31 * h + lower(c);
        }
        int mask = table.length - 1;
        for (int slot = h & mask; table[slot] != null; slot = (slot + 1) & mask) {
            if (spells(table[slot], text, from, to)) {
                return slot;
            }
        }
        return -1;
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
        tableNumbers[slot] = number;
        tableSize++;
    }

    private void grow() {
        String[] oldWords = table;
        int[] oldNumbers = tableNumbers;
        table = new String[oldWords.length * 2];
        tableNumbers = new int[oldWords.length * 2];
        tableSize = 0;
        for (int i = 0; i < oldWords.length; i++) {
            if (oldWords[i] != null) {
                insert(oldWords[i], oldNumbers[i]);
            }
        }
    }
}
