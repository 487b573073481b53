package io.newswire.ingest.watch;

import io.newswire.ingest.InboxLayout;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watch events for the inbox and its folders (inotify on Linux): a hint that something appeared, so files are seen
 * without waiting for the next rescan. Only creations are watched (a rename into the inbox is one); whether a file is
 * complete is the readiness tracker's business. Events can overflow and do not arrive on network mounts, which is why
 * the monitor also rescans.
 */
final class DirectoryWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryWatcher.class);

    /** What a poll brought: paths that appeared, and whether events were lost (then rescan everything). */
    record Changes(Set<Path> paths, boolean overflow) {
    }

    private final InboxLayout layout;
    private final WatchService service;
    private boolean warnedRegistration;

    DirectoryWatcher(InboxLayout layout) throws IOException {
        this.layout = layout;
        this.service = FileSystems.getDefault().newWatchService();
        registerTree(layout.inbox());
    }

    /** Watches {@code dir} and every folder below it that the scanner reads. */
    void registerTree(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    if (layout.isSkippedFolder(d)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    register(d);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.debug("cannot watch {}: {}", dir, e.toString());
        }
    }

    private void register(Path d) {
        try {
            d.register(service, StandardWatchEventKinds.ENTRY_CREATE);
        } catch (IOException e) {
            if (!warnedRegistration) {
                warnedRegistration = true;
                LOG.warn("cannot watch {} ({}); new files there are found by the periodic rescan only", d, e.toString());
            }
        }
    }

    /** Waits up to {@code timeoutMillis} for events and returns all that are available. */
    Changes poll(long timeoutMillis) throws InterruptedException {
        Set<Path> paths = new LinkedHashSet<>();
        boolean overflow = false;
        try {
            WatchKey key = timeoutMillis <= 0 ? service.poll() : service.poll(timeoutMillis, TimeUnit.MILLISECONDS);
            while (key != null) {
                Path dir = (Path) key.watchable();
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                        overflow = true;
                    } else {
                        paths.add(dir.resolve((Path) event.context()));
                    }
                }
                key.reset();
                key = service.poll();
            }
        } catch (ClosedWatchServiceException e) {
            return new Changes(Set.of(), false);
        }
        return new Changes(paths, overflow);
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
