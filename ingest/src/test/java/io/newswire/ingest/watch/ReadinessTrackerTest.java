package io.newswire.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadinessTrackerTest {
    private final ReadinessTracker tracker = new ReadinessTracker(Duration.ofMillis(250));
    private final Path p = Path.of("/inbox/a.txt");

    @Test
    void aFileUntouchedForTheStableTimeIsReadyAtOnce() {
        assertThat(tracker.offer(new Candidate(p, 10, 10_001), 10_300)).isTrue();
        assertThat(tracker.isEmpty()).isTrue();
    }

    @Test
    void aFreshFileIsDueWhenItsStableTimeIsUp() {
        assertThat(tracker.offer(new Candidate(p, 10, 10_001), 10_100)).isFalse();
        assertThat(tracker.nextDue()).isEqualTo(10_251);
        assertThat(tracker.due(10_200)).isEmpty();
        assertThat(tracker.due(10_251)).containsExactly(p);
        assertThat(tracker.offer(new Candidate(p, 10, 10_001), 10_251)).isTrue();
    }

    @Test
    void aGrowingFileWaitsAgain() {
        assertThat(tracker.offer(new Candidate(p, 10, 10_001), 10_100)).isFalse();
        assertThat(tracker.offer(new Candidate(p, 20, 10_240), 10_251)).isFalse();
        assertThat(tracker.nextDue()).isEqualTo(10_490);
    }

    @Test
    void aModificationTimeInTheFutureIsOutwaitedByObservation() {
        assertThat(tracker.offer(new Candidate(p, 10, 99_000_001), 10_000)).isFalse();
        assertThat(tracker.offer(new Candidate(p, 10, 99_000_001), 10_100)).isFalse();
        assertThat(tracker.offer(new Candidate(p, 10, 99_000_001), 10_250)).isTrue();
    }

    @Test
    void wholeSecondTimesMayBeASecondLater() {
        assertThat(tracker.offer(new Candidate(p, 10, 10_000), 10_300)).isFalse();
        assertThat(tracker.offer(new Candidate(p, 10, 10_000), 11_249)).isTrue();
    }

    @Test
    void filesNoLongerListedAreForgotten() {
        tracker.offer(new Candidate(p, 10, 10_001), 10_100);
        tracker.retainOnly(Set.of());
        assertThat(tracker.isEmpty()).isTrue();
        assertThat(tracker.nextDue()).isEqualTo(Long.MAX_VALUE);
    }
}
