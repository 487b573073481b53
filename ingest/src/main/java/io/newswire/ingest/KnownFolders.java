package io.newswire.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes sure folders exist, cheaply: {@link Files#createDirectories} on an existing folder costs an exception each
 * time, which shows at thousands of files per second, so a folder seen before is only checked with a stat (it may
 * have been removed meanwhile, e.g. an old day of done/ archived elsewhere). Holds one entry per folder, not per file.
 */
public final class KnownFolders {
    private final Set<Path> known = ConcurrentHashMap.newKeySet();

    public void ensure(Path dir) throws IOException {
        if (!known.contains(dir) || !Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            known.add(dir);
        }
    }
}
