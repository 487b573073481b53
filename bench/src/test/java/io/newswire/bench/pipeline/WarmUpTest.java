package io.newswire.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WarmUpTest {

    @Test
    void aWarmUpThatReachedAQuietCompilerSaysHowManyRoundsItTook() {
        WarmUp warmUp = new WarmUp(10_000, 3, 6, 0.03, 0.024);

        assertThat(warmUp.quiet()).isTrue();
        assertThat(warmUp.articles()).isEqualTo(30_000);
        assertThat(warmUp.describe()).isEqualTo("Warm-up: rounds of 10,000 articles until the JIT compiler took less than "
                + "3 % of the pipeline's CPU in a round, at most 6 rounds. Ran 3 rounds, 30,000 articles; the JIT compiler "
                + "took 2.4 % of the pipeline's CPU in the last.");
    }

    @Test
    void aWarmUpThatRanOutOfRoundsSaysTheCompilerWasStillBusy() {
        WarmUp warmUp = new WarmUp(10_000, 6, 6, 0.03, 0.051);

        assertThat(warmUp.quiet()).isFalse();
        assertThat(warmUp.describe()).endsWith("Ran 6 rounds, 60,000 articles; the JIT compiler still took 5.1 % of the "
                + "pipeline's CPU in the last.");
    }

    @Test
    void aFixedWarmUpIsOneRound() {
        WarmUp warmUp = new WarmUp(10_000, 1, 1, 0.03, 0.12);

        assertThat(warmUp.describe()).isEqualTo("Warm-up: one round of 10,000 articles. Ran 1 round, 10,000 articles; "
                + "the JIT compiler took 12.0 % of the pipeline's CPU in the last.");
    }
}
