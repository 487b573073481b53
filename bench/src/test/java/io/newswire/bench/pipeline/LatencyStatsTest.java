package io.newswire.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class LatencyStatsTest {
    @Test
    void percentilesAreNearestRank() {
        long[] shuffled = LongStream.rangeClosed(1, 100).map(i -> (i * 37) % 100 + 1).toArray();
        assertThat(LatencyStats.of(shuffled)).isEqualTo(new LatencyStats(100, 50, 95, 99, 100));
    }

    @Test
    void aFewValuesRoundUpToTheNextRank() {
        assertThat(LatencyStats.of(new long[] {30, 10, 20})).isEqualTo(new LatencyStats(3, 20, 30, 30, 30));
        assertThat(LatencyStats.of(new long[] {7})).isEqualTo(new LatencyStats(1, 7, 7, 7, 7));
    }

    @Test
    void theInputIsNotReordered() {
        long[] values = {3, 1, 2};
        LatencyStats.of(values);
        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void nothingToSummariseOrAPercentileOutOfRangeIsRefused() {
        assertThatThrownBy(() -> LatencyStats.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LatencyStats.percentile(new long[] {1}, 0)).hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> LatencyStats.percentile(new long[] {1}, 1.5)).hasMessageContaining("(0, 1]");
    }
}
