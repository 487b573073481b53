package io.newswire.bench.chaos;

import io.newswire.bench.chaos.DropFiles.DropFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Drops files into an inbox at a steady rate, each by the atomic-rename convention (written under a hidden name, then
 * renamed), so ingest never sees half a file. When writing falls behind the schedule it catches up without pausing.
 */
final class Dropper {
    private final DropFiles files;
    private final Path inbox;
    private final double perSecond;
    private final AtomicInteger dropped = new AtomicInteger();
    private volatile long startedNanos;
    private volatile long finishedNanos;

    Dropper(DropFiles files, Path inbox, double perSecond) {
        this.files = files;
        this.inbox = inbox;
        this.perSecond = perSecond;
    }

    /** Drops files 0 to count - 1 and returns when the last is in the inbox; {@code onDropped} sees each one. */
    void drop(int count, Consumer<DropFile> onDropped) throws IOException, InterruptedException {
        startedNanos = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = startedNanos + (long) (i * 1e9 / perSecond);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            DropFile file = files.file(i);
            Path target = inbox.resolve(file.relativePath());
            Files.createDirectories(target.getParent());
            Path hidden = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.write(hidden, file.content());
            Files.move(hidden, target, StandardCopyOption.ATOMIC_MOVE);
            dropped.incrementAndGet();
            onDropped.accept(file);
        }
        finishedNanos = System.nanoTime();
    }

    /** Files in the inbox so far. */
    int dropped() {
        return dropped.get();
    }

    /** The rate achieved, files per second, once {@link #drop} returned. */
    double achievedRate() {
        return dropped.get() / ((finishedNanos - startedNanos) / 1e9);
    }

    double elapsedSeconds() {
        return (finishedNanos - startedNanos) / 1e9;
    }
}
