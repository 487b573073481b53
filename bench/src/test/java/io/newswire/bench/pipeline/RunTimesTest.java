package io.newswire.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RunTimesTest {
    private static final long S = 1_000_000_000L;
    private static final long MS = 1_000_000L;

    private final RunTimes times = new RunTimes(
            new long[] {10 * S, 10 * S + 100 * MS, 10 * S + 200 * MS, 10 * S + 300 * MS},
            new long[] {10 * S + 500 * MS, 11 * S + 100 * MS, ArticleObserver.UNSEEN, 12 * S});

    @Test
    void throughputCountsVisibleArticlesFromTheFirstDropToTheLastVisible() {
        assertThat(times.articles()).isEqualTo(4);
        assertThat(times.visible()).isEqualTo(3);
        assertThat(times.seconds()).isEqualTo(2.0);
        assertThat(times.throughput()).isEqualTo(1.5);
    }

    @Test
    void latenciesLeaveOutArticlesNeverSeen() {
        assertThat(times.latenciesMillis()).containsExactly(500, 1000, 1700);
    }

    @Test
    void perSecondCountsStartAtTheFirstDrop() {
        assertThat(times.visiblePerSecond()).containsExactly(1, 1, 1);
        assertThat(times.droppedPerSecond()).containsExactly(4, 0, 0);
    }

    @Test
    void oneTimeOfEachKindPerArticleIsRequired() {
        assertThatThrownBy(() -> new RunTimes(new long[2], new long[1])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RunTimes(new long[0], new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
