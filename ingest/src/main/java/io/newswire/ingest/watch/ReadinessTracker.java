package io.newswire.ingest.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides when a file is complete: its size and modification time have not changed for the stable time. That is
 * known at once when the modification time is at least that old; otherwise the file is looked at again when the
 * time is up (a file still growing moves its due time on). Only files not yet stable are remembered, so the state
 * stays as small as the set of files being written. Not thread-safe: used by the monitor thread alone.
 */
final class ReadinessTracker {
    /** What {@link #offer} answers for a file that is not stable yet. */
    static final long NOT_READY = -1;

    private record Seen(long size, long modified, long unchangedSince, long firstSeen) {
    }

    private final long stableMillis;
    private final Map<Path, Seen> pending = new HashMap<>();

    ReadinessTracker(Duration stableTime) {
        this.stableMillis = stableTime.toMillis();
    }

    /**
     * When the candidate is ready now: the time it was first offered (now, unless it waited here); otherwise
     * {@link #NOT_READY}, and it is remembered and becomes due later.
     */
    long offer(Candidate c, long now) {
        Seen before = pending.get(c.path());
        long modified = latestPossible(c.modifiedMillis());
        long since = before != null && before.size() == c.size() && before.modified() == modified
                ? before.unchangedSince() : now;
        long firstSeen = before == null ? now : before.firstSeen();
        if (now - modified >= stableMillis || now - since >= stableMillis) {
            pending.remove(c.path());
            return firstSeen;
        }
        pending.put(c.path(), new Seen(c.size(), modified, since, firstSeen));
        return NOT_READY;
    }

    /**
     * A whole-second modification time most likely comes from a file system that keeps only seconds (some network
     * mounts), where the last write may have been up to a second later than it says.
     */
    static long latestPossible(long modifiedMillis) {
        return modifiedMillis % 1000 == 0 ? modifiedMillis + 999 : modifiedMillis;
    }

    /** Paths whose stable time is up: look at them again and offer them. */
    List<Path> due(long now) {
        List<Path> due = new ArrayList<>();
        pending.forEach((path, seen) -> {
            if (dueAt(seen) <= now) {
                due.add(path);
            }
        });
        return due;
    }

    /** When the next pending file is due, or Long.MAX_VALUE when none is pending. */
    long nextDue() {
        long next = Long.MAX_VALUE;
        for (Seen s : pending.values()) {
            next = Math.min(next, dueAt(s));
        }
        return next;
    }

    void forget(Path path) {
        pending.remove(path);
    }

    /** Drops files that a full listing no longer shows. */
    void retainOnly(Set<Path> present) {
        pending.keySet().retainAll(present);
    }

    boolean isEmpty() {
        return pending.isEmpty();
    }

    private long dueAt(Seen s) {
        return Math.min(s.modified(), s.unchangedSince()) + stableMillis;
    }
}
