package io.newswire.enrich.language;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * The OpenNLP language model's parameters indexed by character n-gram packed into a {@code long}, so that scoring a
 * sample needs no substring, no string hashing and no set of strings: the n-grams are read straight off the
 * sample. Scores exactly as {@code GISModel.eval} does on the sample's distinct 1- to 3-grams (sum of the
 * parameters per outcome, then a softmax; the model's uniform prior shifts every sum alike and so drops out).
 */
final class NgramModel {

    static final int MAX_GRAM = 3;

    private final int outcomes;
    /** Open addressing: packed n-gram keys (0 = empty) and their parameters at the same slot. */
    private final long[] keys;
    private final Context[] contexts;
    private final int mask;

    private NgramModel(int outcomes, Map<String, Context> predicates) {
        this.outcomes = outcomes;
        int size = Integer.highestOneBit(Math.max(16, predicates.size() * 3));
        this.keys = new long[size];
        this.contexts = new Context[size];
        this.mask = size - 1;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            String gram = e.getKey();
            if (!gram.isEmpty() && gram.length() <= MAX_GRAM) {
                put(pack(gram, 0, gram.length()), e.getValue());
            }
        }
    }

    /** The index of a GIS model whose predicates are character n-grams (the langdetect model). */
    @SuppressWarnings("unchecked")
    static NgramModel of(GISModel model) {
        Object[] data = model.getDataStructures();
        return new NgramModel(model.getNumOutcomes(), (Map<String, Context>) data[1]);
    }

    /** Outcome probabilities for the distinct 1- to 3-grams of an already normalised sample. */
    double[] eval(String sample) {
        double[] sums = new double[outcomes];
        int n = sample.length();
        // Distinct n-grams only, as the model was trained on: a small open-addressing set of packed keys.
        long[] seen = new long[Integer.highestOneBit(Math.max(16, n * MAX_GRAM * 2)) << 1];
        int seenMask = seen.length - 1;
        for (int len = 1; len <= MAX_GRAM; len++) {
            for (int i = 0; i + len <= n; i++) {
                long key = pack(sample, i, len);
                Context c = add(seen, seenMask, key) ? get(key) : null;
                if (c != null) {
                    int[] o = c.getOutcomes();
                    double[] p = c.getParameters();
                    for (int j = 0; j < o.length; j++) {
                        sums[o[j]] += p[j];
                    }
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double s : sums) {
            max = Math.max(max, s);
        }
        double normal = 0;
        for (int k = 0; k < outcomes; k++) {
            sums[k] = Math.exp(sums[k] - max);
            normal += sums[k];
        }
        for (int k = 0; k < outcomes; k++) {
            sums[k] /= normal;
        }
        return sums;
    }

    /** Up to three UTF-16 units and the length in one non-zero long. */
    private static long pack(String s, int from, int len) {
        long key = len;
        for (int k = 0; k < len; k++) {
            key = key << 16 | s.charAt(from + k);
        }
        return key;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 40) & mask;
    }

    private void put(long key, Context c) {
        int i = slot(key, mask);
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        contexts[i] = c;
    }

    private Context get(long key) {
        for (int i = slot(key, mask); keys[i] != 0; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return contexts[i];
            }
        }
        return null;
    }

    /** Adds the key to the set; false when it was there already. */
    private static boolean add(long[] set, int mask, long key) {
        int i = slot(key, mask);
        while (set[i] != 0) {
            if (set[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        set[i] = key;
        return true;
    }
}
