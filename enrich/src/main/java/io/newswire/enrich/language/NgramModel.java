package io.newswire.enrich.language;

import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;

/**
 * The OpenNLP language model's parameters indexed by character n-gram packed into a {@code long}, so that scoring a
 * sample needs no substring, no string hashing and no set of strings: the n-grams are read straight off the
 * sample. Scores exactly as {@code GISModel.eval} does on the sample's distinct 1- to 3-grams (sum of the
 * parameters per outcome, then a softmax; the model's uniform prior shifts every sum alike and so drops out).
 *
 * <p>Why this layout: the model holds 146,000 n-grams and 1.3 million parameters, more than the CPU caches, and
 * the n-grams of real text are the common ones, with a weight for most of the 103 languages. Each slot keeps its
 * key and the place of its parameters side by side (one cache line); {@link #eval} looks up all n-grams of a
 * sample before it adds any, so the CPU overlaps the reads instead of waiting for each in turn; and an n-gram with
 * weights for many languages keeps them as a full row (zero where the model has none), added in one vectorised
 * loop. Adding a zero leaves a sum as it is, so the sums are the same, to the last bit, as the model's own.
 */
final class NgramModel {

    static final int MAX_GRAM = 3;
    /** Tells a row number from an offset and count in a slot's second long. */
    private static final long DENSE = 1L << 63;

    private final int outcomes;
    /** Open addressing, two longs a slot: the packed n-gram (0 = empty), then where its weights are. */
    private final long[] slots;
    private final int mask;
    /** The weights of n-grams with few outcomes: outcome index and weight, in the model's order. */
    private final short[] outcomeOf;
    private final double[] weight;
    /** The weights of n-grams with many outcomes: one full row of {@code outcomes} weights each. */
    private final double[] rows;

    private NgramModel(int outcomes, Map<String, Context> predicates) {
        this.outcomes = outcomes;
        int size = Integer.highestOneBit(Math.max(16, predicates.size() * 3));
        this.slots = new long[2 * size];
        this.mask = size - 1;
        int sparse = 0;
        int dense = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            if (isGram(e.getKey())) {
                int n = e.getValue().getOutcomes().length;
                if (isDense(n)) {
                    dense++;
                } else {
                    sparse += n;
                }
            }
        }
        this.outcomeOf = new short[sparse];
        this.weight = new double[sparse];
        this.rows = new double[dense * outcomes];
        int offset = 0;
        int row = 0;
        for (Map.Entry<String, Context> e : predicates.entrySet()) {
            if (!isGram(e.getKey())) {
                continue;
            }
            int[] o = e.getValue().getOutcomes();
            double[] p = e.getValue().getParameters();
            long key = pack(e.getKey(), 0, e.getKey().length());
            if (isDense(o.length)) {
                for (int j = 0; j < o.length; j++) {
                    rows[row * outcomes + o[j]] = p[j];
                }
                put(key, DENSE | row);
                row++;
            } else {
                for (int j = 0; j < o.length; j++) {
                    outcomeOf[offset + j] = (short) o[j];
                    weight[offset + j] = p[j];
                }
                put(key, (long) offset << 32 | o.length);
                offset += o.length;
            }
        }
    }

    private static boolean isGram(String predicate) {
        return !predicate.isEmpty() && predicate.length() <= MAX_GRAM;
    }

    /** A full row costs one vector add per four outcomes; a sparse list one scattered add per outcome. */
    private boolean isDense(int outcomeCount) {
        return outcomeCount * 4 >= outcomes;
    }

    /** The index of a GIS model whose predicates are character n-grams (the langdetect model). */
    @SuppressWarnings("unchecked")
    static NgramModel of(GISModel model) {
        Object[] data = model.getDataStructures();
        return new NgramModel(model.getNumOutcomes(), (Map<String, Context>) data[1]);
    }

    /** Outcome probabilities for the distinct 1- to 3-grams of an already normalised sample. */
    double[] eval(String sample) {
        long[] grams = distinctGrams(sample);
        int count = (int) grams[0];
        // All lookups first, each independent of the others; then the sums, in the same order as before.
        long[] found = new long[count];
        for (int g = 0; g < count; g++) {
            found[g] = lookup(grams[g + 1]);
        }
        double[] sums = new double[outcomes];
        for (int g = 0; g < count; g++) {
            long entry = found[g];
            if ((entry & DENSE) != 0) {
                int from = (int) entry * outcomes;
                for (int k = 0; k < outcomes; k++) {
                    sums[k] += rows[from + k];
                }
            } else {
                int from = (int) (entry >>> 32);
                int to = from + (int) entry;
                for (int j = from; j < to; j++) {
                    sums[outcomeOf[j]] += weight[j];
                }
            }
        }
        return softmax(sums);
    }

    /** The sample's distinct packed n-grams, shortest first, each in order of first occurrence; the count at [0]. */
    private static long[] distinctGrams(String sample) {
        int n = sample.length();
        long[] grams = new long[1 + n * MAX_GRAM];
        long[] seen = new long[Integer.highestOneBit(Math.max(16, n * MAX_GRAM * 2)) << 1];
        int seenMask = seen.length - 1;
        int count = 0;
        for (int len = 1; len <= MAX_GRAM; len++) {
            for (int i = 0; i + len <= n; i++) {
                long key = pack(sample, i, len);
                if (add(seen, seenMask, key)) {
                    grams[++count] = key;
                }
            }
        }
        grams[0] = count;
        return grams;
    }

    private double[] softmax(double[] sums) {
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

    private void put(long key, long weights) {
        int i = slot(key, mask);
        while (slots[2 * i] != 0 && slots[2 * i] != key) {
            i = (i + 1) & mask;
        }
        slots[2 * i] = key;
        slots[2 * i + 1] = weights;
    }

    /** Where the n-gram's weights are: {@link #DENSE} and a row, or offset (high half) and count; 0 if absent. */
    private long lookup(long key) {
        for (int i = slot(key, mask); slots[2 * i] != 0; i = (i + 1) & mask) {
            if (slots[2 * i] == key) {
                return slots[2 * i + 1];
            }
        }
        return 0;
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
