package io.newswire.enrich.stance;

import java.util.Locale;
import java.util.Map;

/**
 * Stance scoring exactly as {@code shared/eval/score.py} does it: per article-target pair over the gold labels; a
 * target missing from the output counts as NEUTRAL; F1 of a class is 0 when it has no true positive; {@code F_avg} is
 * the mean of the FAVOR and AGAINST F1 (the SemEval-2016 stance measure); accuracy is 3-class.
 */
final class StanceScore {
    private int correct;
    private int pairs;
    private final int[] favor = new int[3]; // tp, fp, fn
    private final int[] against = new int[3];

    /** Adds one article: gold labels by target, and the predicted label by target (missing = NEUTRAL). */
    void add(Map<String, String> gold, Map<String, String> predictedLowerCaseTargets) {
        for (Map.Entry<String, String> e : gold.entrySet()) {
            String g = e.getValue();
            String p = predictedLowerCaseTargets.getOrDefault(e.getKey().toLowerCase(Locale.ROOT), "NEUTRAL");
            pairs++;
            if (p.equals(g)) {
                correct++;
            }
            count(favor, "FAVOR", g, p);
            count(against, "AGAINST", g, p);
        }
    }

    private static void count(int[] st, String c, String g, String p) {
        if (p.equals(c) && g.equals(c)) {
            st[0]++;
        } else if (p.equals(c)) {
            st[1]++;
        } else if (g.equals(c)) {
            st[2]++;
        }
    }

    void addAll(StanceScore other) {
        correct += other.correct;
        pairs += other.pairs;
        for (int i = 0; i < 3; i++) {
            favor[i] += other.favor[i];
            against[i] += other.against[i];
        }
    }

    static double f1(int[] st) {
        return st[0] == 0 ? 0.0 : 2.0 * st[0] / (2.0 * st[0] + st[1] + st[2]);
    }

    double favorF1() {
        return f1(favor);
    }

    double againstF1() {
        return f1(against);
    }

    double fAvg() {
        return (favorF1() + againstF1()) / 2;
    }

    double accuracy() {
        return pairs == 0 ? 0 : correct / (double) pairs;
    }

    int pairs() {
        return pairs;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "3-class accuracy %d/%d = %.3f; F_avg = %.3f (FAVOR F1 %.2f tp/fp/fn %d/%d/%d,"
                + " AGAINST F1 %.2f tp/fp/fn %d/%d/%d)", correct, pairs, accuracy(), fAvg(), favorF1(), favor[0], favor[1],
                favor[2], againstF1(), against[0], against[1], against[2]);
    }
}
