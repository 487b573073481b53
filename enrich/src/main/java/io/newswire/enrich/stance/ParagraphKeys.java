package io.newswire.enrich.stance;

/**
 * The set of paragraph keys an article has shown so far ({@link ArticleText}): open addressing over a {@code long[]},
 * so that a key is not boxed for a hash set. Kept at most half full.
 */
final class ParagraphKeys {

    private long[] keys = new long[64];
    /** Whether each slot holds a key: 0 is a key like any other. */
    private boolean[] used = new boolean[64];
    private int size;

    /** Adds the key; false when it was already in. */
    boolean add(long key) {
        int slot = slot(key);
        if (used[slot]) {
            return false;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
            slot = slot(key);
        }
        keys[slot] = key;
        used[slot] = true;
        size++;
        return true;
    }

    /** The slot holding the key, else the empty slot where it goes. */
    private int slot(long key) {
        int mask = keys.length - 1;
        int slot = Long.hashCode(key * 0x9e3779b97f4a7c15L) & mask;
        while (used[slot] && keys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        boolean[] oldUsed = used;
        keys = new long[oldKeys.length * 2];
        used = new boolean[oldKeys.length * 2];
        for (int k = 0; k < oldKeys.length; k++) {
            if (oldUsed[k]) {
                int slot = slot(oldKeys[k]);
                keys[slot] = oldKeys[k];
                used[slot] = true;
            }
        }
    }
}
