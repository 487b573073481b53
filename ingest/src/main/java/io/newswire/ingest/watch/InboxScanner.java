package io.newswire.ingest.watch;

import io.newswire.ingest.InboxLayout;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the inbox recursively without following links: every entry that is not a folder and not an ignored name,
 * skipping hidden folders, the claim area and the done and failed folders.
 */
public final class InboxScanner {
    private static final Logger LOG = LoggerFactory.getLogger(InboxScanner.class);

    private final InboxLayout layout;
    /** Folders we could not list, warned about once each rather than at every rescan. */
    private final Set<Path> warned = ConcurrentHashMap.newKeySet();

    public InboxScanner(InboxLayout layout) {
        this.layout = layout;
    }

    /** The candidates under {@code dir} (the inbox or one of its folders). */
    public List<Candidate> scan(Path dir) throws IOException {
        List<Candidate> found = new ArrayList<>();
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return layout.isSkippedFolder(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isDirectory() && !IgnoredNames.isIgnored(file.getFileName().toString())) {
                    found.add(Candidate.of(file, attrs));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (e instanceof NoSuchFileException) {
                    return FileVisitResult.CONTINUE;
                }
                if (e instanceof AccessDeniedException && warned.add(file)) {
                    LOG.warn("cannot list {}: permission denied; files in it are not ingested", file);
                } else if (!(e instanceof AccessDeniedException)) {
                    LOG.warn("cannot read {}: {}", file, e.toString());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found;
    }

    public List<Candidate> scan() throws IOException {
        return scan(layout.inbox());
    }
}
