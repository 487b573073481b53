package io.newswire.ingest.claim;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive OS lock on {@code <area>.lock}: held for as long as the instance owning the area runs, and released by
 * the operating system when that process dies, even by SIGKILL. So an area whose lock can be taken belongs to no
 * running instance and its files can be adopted. (On NFS this needs working lockd, as every lock-based tool does.)
 */
final class AreaLock implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private AreaLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock, or empty when another process (or this one) holds it. */
    static Optional<AreaLock> tryAcquire(Path lockFile) throws IOException {
        FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = ch.tryLock();
            if (lock != null) {
                return Optional.of(new AreaLock(lockFile, ch, lock));
            }
        } catch (OverlappingFileLockException e) {
            // Held by another instance in this same JVM (tests run several): as good as held elsewhere.
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
        ch.close();
        return Optional.empty();
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
