package io.newswire.bench.pipeline;

import java.util.Locale;

/**
 * How the pipeline was warmed up: rounds of generated articles until the JIT compiler was quiet, so that the measured
 * runs see the steady state of a long-running pipeline rather than code still being compiled.
 *
 * @param articlesPerRound articles dropped in each round
 * @param rounds           rounds that ran
 * @param maxRounds        the most rounds allowed
 * @param quietBelow       the JIT compiler's share of the pipeline's CPU in a round that ends the warm-up (0.03 = 3 %)
 * @param lastJitShare     the JIT compiler's share in the last round
 */
record WarmUp(int articlesPerRound, int rounds, int maxRounds, double quietBelow, double lastJitShare) {

    /** Whether the warm-up ended because the JIT compiler was quiet, rather than because the rounds ran out. */
    boolean quiet() {
        return lastJitShare < quietBelow;
    }

    int articles() {
        return articlesPerRound * rounds;
    }

    /** One sentence for the report. */
    String describe() {
        String rule = maxRounds == 1
                ? String.format(Locale.ROOT, "one round of %,d articles", articlesPerRound)
                : String.format(Locale.ROOT, "rounds of %,d articles until the JIT compiler took less than %.0f %% of the "
                + "pipeline's CPU in a round, at most %d rounds", articlesPerRound, quietBelow * 100, maxRounds);
        String ran = String.format(Locale.ROOT, "%d %s, %,d articles", rounds, rounds == 1 ? "round" : "rounds", articles());
        String jit = String.format(Locale.ROOT, "the JIT compiler %s %.1f %% of the pipeline's CPU in the last",
                quiet() || maxRounds == 1 ? "took" : "still took", lastJitShare * 100);
        return "Warm-up: " + rule + ". Ran " + ran + "; " + jit + ".";
    }
}
