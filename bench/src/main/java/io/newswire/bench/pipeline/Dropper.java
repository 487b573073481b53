package io.newswire.bench.pipeline;

import io.newswire.bench.articles.ArticleFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Moves pre-generated files from a staging folder into the inbox, by atomic rename as a well-behaved writer does,
 * and notes when each one arrived. Staging and inbox are on the same file system, so a drop costs a rename, not a copy.
 */
final class Dropper {
    private final Path staging;
    private final Path inbox;

    Dropper(Path staging, Path inbox) {
        this.staging = staging;
        this.inbox = inbox;
    }

    /** Creates the source folders of these files in the inbox, so ingest watches them before the first file comes. */
    void createFolders(List<ArticleFile> files) throws IOException {
        for (String folder : files.stream().map(f -> Path.of(f.relativePath()).getParent().toString()).distinct().toList()) {
            Files.createDirectories(inbox.resolve(folder));
        }
    }

    /** Drops every file at once, one after the other; returns each drop's {@link System#nanoTime()}. */
    long[] dropAll(List<ArticleFile> files) throws IOException {
        long[] droppedAt = new long[files.size()];
        for (int i = 0; i < files.size(); i++) {
            droppedAt[i] = drop(files.get(i));
        }
        return droppedAt;
    }

    /** Drops the files at a fixed rate, each at its scheduled time; returns each drop's {@link System#nanoTime()}. */
    long[] dropAtRate(List<ArticleFile> files, int perSecond) throws IOException {
        long[] droppedAt = new long[files.size()];
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            long due = start + i * 1_000_000_000L / perSecond;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            droppedAt[i] = drop(files.get(i));
        }
        return droppedAt;
    }

    private long drop(ArticleFile file) throws IOException {
        Files.move(staging.resolve(file.relativePath()), inbox.resolve(file.relativePath()), StandardCopyOption.ATOMIC_MOVE);
        return System.nanoTime();
    }
}
