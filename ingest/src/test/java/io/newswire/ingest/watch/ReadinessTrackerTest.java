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
        assertThat(tracker.offer(new Candidate(p, 10, 10_001), 10_300)).as("first seen now").isEqualTo(10_300);
        assertThat(tracker.isEmpty()).isTrue();
    }

    @Test
    void aFreshFileIsDueWhenItsStableTimeIsUp() {
        assertThat(tracker.offer(new Candidate(p, 10, 10_001), 10_100)).isEqualTo(ReadinessTracker.NOT_READY);
        assertThat(tracker.nextDue()).isEqualTo(10_251);
        assertThat(tracker.due(10_200)).isEmpty();
        assertThat(tracker.due(10_251)).containsExactly(p);
        assertThat(tracker.offer(new Candidate(p, 10, 10_001), 10_251)).as("first seen at the first offer").isEqualTo(10_100);
    }

    @Test
    void aGrowingFileWaitsAgain() {
        assertThat(tracker.offer(new Candidate(p, 10, 10_001), 10_100)).isEqualTo(ReadinessTracker.NOT_READY);
        assertThat(tracker.offer(new Candidate(p, 20, 10_240), 10_251)).isEqualTo(ReadinessTracker.NOT_READY);
        assertThat(tracker.nextDue()).isEqualTo(10_490);
    }

    @Test
    void aModificationTimeInTheFutureIsOutwaitedByObservation() {
        assertThat(tracker.offer(new Candidate(p, 10, 99_000_001), 10_000)).isEqualTo(ReadinessTracker.NOT_READY);
        assertThat(tracker.offer(new Candidate(p, 10, 99_000_001), 10_100)).isEqualTo(ReadinessTracker.NOT_READY);
        assertThat(tracker.offer(new Candidate(p, 10, 99_000_001), 10_250)).isEqualTo(10_000);
    }

    @Test
    void wholeSecondTimesMayBeASecondLater() {
        assertThat(tracker.offer(new Candidate(p, 10, 10_000), 10_300)).isEqualTo(ReadinessTracker.NOT_READY);
        assertThat(tracker.offer(new Candidate(p, 10, 10_000), 11_249)).isEqualTo(10_300);
    }

    @Test
    void filesNoLongerListedAreForgotten() {
        tracker.offer(new Candidate(p, 10, 10_001), 10_100);
        tracker.retainOnly(Set.of());
        assertThat(tracker.isEmpty()).isTrue();
        assertThat(tracker.nextDue()).isEqualTo(Long.MAX_VALUE);
    }
}
