package io.newswire.enrich.stance;

/**
 * A lexicon cue (or scare quote) weighed by its modifiers, and the targets it is bound to. Built by
 * {@link CueReader}; bound by {@link CueBinder} and, for what the sentence alone cannot settle,
 * {@link AntecedentBinder}.
 */
final class Cue {

    /** How far binding has got. */
    enum Binding {
        /** Bound: {@link #targets} is final (possibly empty: about another actor, or about no one). */
        BOUND,
        /** A definite description ("the invaders"): an antecedent among recent targets. */
        ANAPHOR,
        /** No target in reach in its sentence: a recent target, more weakly. */
        CONTEXT,
        /** A shared reference ("the two dictators"): both targets of the pair being discussed. */
        PAIR
    }

    private static final int[] NONE = new int[0];
    private static final double[] NO_FACTORS = new double[0];

    final Hit hit;
    /** First token of the cue with its modifiers ("not very comforting"), for the evidence. */
    final int modStart;
    /** Signed weight, modifiers applied: above 0 favourable, below 0 unfavourable. */
    final double w;
    /** Whether it applies to both targets of a pair ("both regimes"). */
    final boolean shared;
    /** Whether it is the author's: only counted cues make a label; the others only explain a NEUTRAL entry. */
    final boolean counted;
    int[] targets = NONE;
    /** Per target: the share of the weight it gets (1 when bound in the clause, less when bound from context). */
    double[] factors = NO_FACTORS;
    Binding binding = Binding.BOUND;

    Cue(Hit hit, int modStart, double w, boolean shared, boolean counted) {
        this.hit = hit;
        this.modStart = modStart;
        this.w = w;
        this.shared = shared;
        this.counted = counted;
    }

    /** Binds to one target; to nothing when it is another actor (index {@code targetCount} or above). */
    void bindTo(int target, double factor, int targetCount) {
        if (target >= targetCount) {
            bindToNone();
        } else {
            bindTo(new int[] {target}, new double[] {factor});
        }
    }

    void bindTo(int[] targets, double[] factors) {
        this.targets = targets;
        this.factors = factors;
        binding = Binding.BOUND;
    }

    /** Binds to no target: the cue is about another actor, or about the victim of what it names. */
    void bindToNone() {
        bindTo(NONE, NO_FACTORS);
    }

    /** Leaves it to {@link AntecedentBinder}. */
    void defer(Binding how) {
        binding = how;
    }
}
