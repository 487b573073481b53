package io.newswire.app.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder where local mode keeps everything: broker data ({@code kafka/}), the registry's log ({@code registry/}),
 * the Streams state of enrich and sink, and the stack file. {@code --wipe} empties it as a whole, because state kept
 * for a cluster that no longer exists is only confusing.
 */
final class LocalDataFolder {
    private LocalDataFolder() {
    }

    /** Deletes the folder's contents (the folder itself stays); a missing folder is already empty. */
    static void wipe(Path dataDir) throws IOException {
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dataDir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dataDir)).toList()) {
                Files.delete(p);
            }
        }
    }
}
