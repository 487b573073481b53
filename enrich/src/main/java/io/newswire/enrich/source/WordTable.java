package io.newswire.enrich.source;

import java.util.BitSet;

/**
 * Lower-case words to values, looked up by a word of a {@link Tokens} without making the word's lower-case string:
 * the outlet scan asks this of every word of a text, and few are in the table.
 *
 * <p>An open-addressing table, kept at most a quarter full so that a missing word mostly meets an empty slot at
 * once. An ASCII word is hashed and compared letter by letter in the text; any other word through its lower-case
 * string, as {@link String#toLowerCase} may change its length.
 *
 * <p>Most words of a text are not in the table; the first two letters of each key, when ASCII, turn most of them
 * away before the word is hashed.
 */
final class WordTable<V> {

    private String[] keys = new String[16];
    private Object[] values = new Object[16];
    private int mask = 15;
    private int size;
    /** The first two characters of the keys that start with two ASCII characters, by {@link #startIndex}. */
    private final BitSet asciiStarts = new BitSet(128 * 128);

    /** Sets the value of a lower-case word. */
    void put(String lower, V value) {
        int slot = slot(lower);
        if (keys[slot] == null) {
            if ((size + 1) * 4 > keys.length) {
                grow();
                slot = slot(lower);
            }
            keys[slot] = lower;
            size++;
            if (lower.length() >= 2 && lower.charAt(0) < 0x80 && lower.charAt(1) < 0x80) {
                asciiStarts.set(startIndex(lower.charAt(0), lower.charAt(1)));
            }
        }
        values[slot] = value;
    }

    /** The value of a lower-case word, or null. */
    V get(String lower) {
        return value(slot(lower));
    }

    /** The value of word {@code i} in lower case ({@link Tokens#lower}), or null. */
    V get(Tokens tokens, int i) {
        return get(tokens, i, tokens.end(i), false);
    }

    /** The value of possessive word {@code i} ({@link Tokens#endsPossessive}) without its ending, or null. */
    V getWithoutPossessive(Tokens tokens, int i) {
        return get(tokens, i, tokens.end(i) - 2, true);
    }

    private V get(Tokens tokens, int i, int end, boolean withoutPossessive) {
        String text = tokens.source();
        int start = tokens.start(i);
        if (end - start >= 2 && !mayStartWith(text.charAt(start), text.charAt(start + 1))) {
            return null;
        }
        int hash = 0;
        for (int k = start; k < end; k++) {
            char c = text.charAt(k);
            if (c >= 0x80) {
                return get(withoutPossessive ? tokens.lowerWithoutPossessive(i) : tokens.lower(i));
            }
            hash = 31 * hash + lowerAscii(c);
        }
        for (int slot = spread(hash); keys[slot] != null; slot = (slot + 1) & mask) {
            if (equalsLowerAscii(keys[slot], text, start, end)) {
                return value(slot);
            }
        }
        return null;
    }

    /**
     * Whether a key may start with these two characters of a text. When both are ASCII, the word's lower case starts
     * with their lower case, which a key must then start with too.
     */
    private boolean mayStartWith(char first, char second) {
        return first >= 0x80 || second >= 0x80 || asciiStarts.get(startIndex(lowerAscii(first), lowerAscii(second)));
    }

    private static int startIndex(char first, char second) {
        return first << 7 | second;
    }

    /** The slot holding this word, else the empty slot where it goes. */
    private int slot(String lower) {
        int slot = spread(lower.hashCode());
        while (keys[slot] != null && !keys[slot].equals(lower)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private int spread(int hash) {
        return (hash ^ hash >>> 16) & mask;
    }

    private void grow() {
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldKeys[k] != null) {
                int slot = slot(oldKeys[k]);
                keys[slot] = oldKeys[k];
                values[slot] = oldValues[k];
            }
        }
    }

    private static boolean equalsLowerAscii(String key, String text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int k = 0; k < key.length(); k++) {
            if (key.charAt(k) != lowerAscii(text.charAt(start + k))) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    @SuppressWarnings("unchecked")
    private V value(int slot) {
        return keys[slot] == null ? null : (V) values[slot];
    }
}
