package io.newswire.ingest.watch;

import io.newswire.ingest.InboxLayout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds files to ingest and hands each to a {@link Sink} once it is stable: first the backlog (everything present at
 * start-up, oldest first), then, when following, new files as watch events announce them, with a full rescan every
 * rescan interval because events overflow and do not arrive on network mounts. Runs on one thread.
 */
public final class InboxMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InboxMonitor.class);
    private static final Comparator<Candidate> OLDEST_FIRST =
            Comparator.comparingLong(Candidate::modifiedMillis).thenComparing(Candidate::path);

    /** Receives stable files; may block while ingest is at capacity (that is the back-pressure). */
    public interface Sink {
        /**
         * @param droppedAtMillis when the file was dropped: its last modification, or when the monitor first saw it
         *                        if that is later (a file moved in keeps its old modification time)
         */
        void accept(Candidate file, long droppedAtMillis) throws InterruptedException;
    }

    private final InboxLayout layout;
    private final InboxScanner scanner;
    private final ReadinessTracker tracker;
    private final Duration rescanInterval;
    private final Sink sink;
    private DirectoryWatcher watcher;
    private List<Candidate> backlog = List.of();

    public InboxMonitor(InboxLayout layout, Duration stableTime, Duration rescanInterval, Sink sink) {
        this.layout = layout;
        this.scanner = new InboxScanner(layout);
        this.tracker = new ReadinessTracker(stableTime);
        this.rescanInterval = rescanInterval;
        this.sink = sink;
    }

    /**
     * Lists the inbox and returns how many files the backlog has. With {@code watch}, watching starts first, so
     * nothing that arrives during the listing is missed.
     */
    public int listBacklog(boolean watch) throws IOException {
        if (watch) {
            watcher = new DirectoryWatcher(layout);
        }
        backlog = scanner.scan();
        return backlog.size();
    }

    /** Hands the backlog to the sink as its files become stable; returns when each was handed over or disappeared. */
    public void drainBacklog() throws InterruptedException {
        offerAll(backlog);
        backlog = List.of();
        while (!tracker.isEmpty()) {
            sleepUntil(tracker.nextDue());
            for (Path p : tracker.due(System.currentTimeMillis())) {
                look(p, false);
            }
        }
    }

    /** After the backlog: follows the inbox until the thread is interrupted. */
    public void follow() throws InterruptedException {
        if (watcher == null) {
            throw new IllegalStateException("listBacklog(true) must come first");
        }
        long nextRescan = System.currentTimeMillis();
        while (!Thread.currentThread().isInterrupted()) {
            long now = System.currentTimeMillis();
            DirectoryWatcher.Changes changes = watcher.poll(Math.max(1, Math.min(tracker.nextDue(), nextRescan) - now));
            now = System.currentTimeMillis();
            if (changes.overflow() || now >= nextRescan) {
                rescan();
                nextRescan = now + rescanInterval.toMillis();
            } else {
                for (Path p : changes.paths()) {
                    look(p, true);
                }
            }
            for (Path p : tracker.due(System.currentTimeMillis())) {
                look(p, true);
            }
        }
        throw new InterruptedException();
    }

    private void rescan() throws InterruptedException {
        try {
            List<Candidate> all = scanner.scan();
            Set<Path> present = new HashSet<>();
            all.forEach(c -> present.add(c.path()));
            tracker.retainOnly(present);
            offerAll(all);
        } catch (IOException e) {
            LOG.warn("cannot list the inbox {}: {}", layout.inbox(), e.toString());
        }
    }

    /** Looks at one path again: a file to offer, a new folder to watch and list, or something gone. */
    private void look(Path p, boolean following) throws InterruptedException {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            tracker.forget(p);
            return;
        } catch (IOException e) {
            LOG.debug("cannot look at {}: {}", p, e.toString());
            return;
        }
        if (attrs.isDirectory()) {
            if (following && !layout.isSkippedFolder(p)) {
                watcher.registerTree(p);
                try {
                    offerAll(scanner.scan(p));
                } catch (IOException e) {
                    LOG.debug("cannot list {}: {}", p, e.toString());
                }
            }
            return;
        }
        if (!IgnoredNames.isIgnored(p.getFileName().toString())) {
            offerAll(List.of(Candidate.of(p, attrs)));
        }
    }

    private void offerAll(List<Candidate> candidates) throws InterruptedException {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(OLDEST_FIRST);
        for (Candidate c : sorted) {
            long firstSeen = tracker.offer(c, System.currentTimeMillis());
            if (firstSeen != ReadinessTracker.NOT_READY) {
                sink.accept(c, Math.max(c.modifiedMillis(), firstSeen));
            }
        }
    }

    private static void sleepUntil(long millis) throws InterruptedException {
        long wait = millis - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }
}
