package io.newswire.enrich.stance;

import io.newswire.enrich.stance.Mentions.Mention;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Binds the cues {@link CueBinder} left open, from the targets of the last few sentences. A shared reference ("the two
 * dictators") goes to the two most salient targets being discussed. A definite description ("the invaders") or a cue
 * with no target in reach goes to one recent target, preferring a recent, salient one the article already judges the
 * same way, and never one it clearly judges the other way (an author who has just praised a target rarely condemns
 * it without naming it); when no candidate stands out, to none. Salience is how often a target is named outside
 * quotations; the article's judgement is the net weight of the cues already bound.
 */
final class AntecedentBinder {

    private final List<Token> toks;
    private final Mentions mentions;
    private final int targetCount;

    AntecedentBinder(Document doc, int targetCount) {
        this.toks = doc.text().tokens();
        this.mentions = doc.mentions();
        this.targetCount = targetCount;
    }

    void bind(List<Cue> cues) {
        int[] salience = salience();
        double[] net = netOfBound(cues);
        int maxSalience = 1;
        for (int x : salience) {
            maxSalience = Math.max(maxSalience, x);
        }
        for (Cue c : cues) {
            switch (c.binding) {
                case PAIR -> bindPair(c, salience);
                case ANAPHOR -> bindAntecedent(c, salience, maxSalience, net, Tuning.ANAPHOR_SENTENCES, Tuning.ANAPHOR);
                case CONTEXT -> bindAntecedent(c, salience, maxSalience, net, Tuning.CONTEXT_SENTENCES, Tuning.CONTEXT);
                case BOUND -> { }
            }
        }
    }

    /** Per target (and other actors, last): eligible mentions; other actors share an index, so the most-named one's. */
    private int[] salience() {
        int[] salience = new int[targetCount + 1];
        Map<String, Integer> otherCounts = null;
        for (Mention m : mentions.all()) {
            if (!mentions.eligible(m)) {
                continue;
            }
            if (m.target() < targetCount) {
                salience[m.target()]++;
            } else {
                if (otherCounts == null) {
                    otherCounts = new HashMap<>();
                }
                int cnt = otherCounts.merge(toks.get(m.start()).stem, 1, Integer::sum);
                salience[targetCount] = Math.max(salience[targetCount], cnt);
            }
        }
        return salience;
    }

    /** Per target: the net weight of the counted cues bound so far. */
    private double[] netOfBound(List<Cue> cues) {
        double[] net = new double[targetCount + 1];
        for (Cue c : cues) {
            if (c.counted && c.binding == Cue.Binding.BOUND) {
                for (int i = 0; i < c.targets.length; i++) {
                    net[c.targets[i]] += c.w * c.factors[i];
                }
            }
        }
        return net;
    }

    private void bindPair(Cue c, int[] salience) {
        int[] r = recentTargets(c, true, Tuning.PAIR_SENTENCES);
        Integer[] order = new Integer[r.length];
        for (int i = 0; i < r.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> salience[r[y]] != salience[r[x]] ? Integer.compare(salience[r[y]], salience[r[x]])
                : Integer.compare(x, y));
        int m = Math.min(2, r.length);
        int[] chosen = new int[m];
        int cnt = 0;
        for (int i = 0; i < m; i++) {
            if (r[order[i]] < targetCount) {
                chosen[cnt++] = r[order[i]];
            }
        }
        double[] factors = new double[cnt];
        Arrays.fill(factors, 1.0);
        c.bindTo(Arrays.copyOf(chosen, cnt), factors);
    }

    private void bindAntecedent(Cue c, int[] salience, int maxSalience, double[] net, int window, double factor) {
        int[] r = recentTargets(c, false, window);
        int best = -1;
        double bestScore = -9;
        double second = -9;
        for (int i = 0; i < r.length; i++) {
            double agree = Math.signum(c.w) * net[r[i]];
            if (agree <= -Tuning.DISAGREE_EXCLUDE) {
                continue;
            }
            double sc = 1.0 / (1 + i) + salience[r[i]] / (double) maxSalience
                    + (agree > 0 ? Tuning.AGREE_BONUS : -Math.min(Tuning.DISAGREE_PENALTY, -agree / 2));
            if (sc > bestScore) {
                second = bestScore;
                bestScore = sc;
                best = r[i];
            } else if (sc > second) {
                second = sc;
            }
        }
        if (best >= 0 && bestScore - second >= Tuning.CONTEXT_MARGIN) {
            c.bindTo(best, factor, targetCount);
        } else {
            c.bindToNone();
        }
    }

    /**
     * Distinct targets (other actors included) named outside quotations before the cue, most recent first, over its
     * sentence and up to window sentences before; with includeAfter, then those after it in its sentence.
     */
    private int[] recentTargets(Cue c, boolean includeAfter, int window) {
        int[] out = new int[targetCount + 1];
        int cnt = 0;
        boolean[] seen = new boolean[targetCount + 1];
        int s = toks.get(c.hit.start).sent;
        for (int s2 = s; s2 >= 0 && s2 >= s - window; s2--) {
            for (int mi = mentions.firstIn(s2 + 1) - 1; mi >= mentions.firstIn(s2); mi--) {
                Mention m = mentions.get(mi);
                if ((s2 == s && m.start() >= c.hit.start) || !mentions.eligible(m) || seen[m.target()]) {
                    continue;
                }
                seen[m.target()] = true;
                out[cnt++] = m.target();
            }
        }
        if (includeAfter) {
            for (int mi = mentions.firstIn(s); mi < mentions.firstIn(s + 1); mi++) {
                Mention m = mentions.get(mi);
                if (m.start() >= c.hit.end && mentions.eligible(m) && !seen[m.target()]) {
                    seen[m.target()] = true;
                    out[cnt++] = m.target();
                }
            }
        }
        return Arrays.copyOf(out, cnt);
    }
}
