package io.newswire.app.local;

import io.newswire.local.LocalStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder where local mode keeps everything: broker data ({@code kafka/}), the registry's log ({@code registry/}),
 * the Streams state of enrich and sink, and the stack file. {@code --wipe} empties it as a whole, because state kept
 * for a cluster that no longer exists is only confusing.
 */
final class LocalDataFolder {
    /** Subfolders holding local mode's Kafka Streams state. */
    static final String ENRICH_STATE = "enrich";
    static final String SINK_STATE = "sink";

    private LocalDataFolder() {
    }

    /** Deletes the folder's contents (the folder itself stays); a missing folder is already empty. */
    static void wipe(Path dataDir) throws IOException {
        deleteContents(dataDir);
    }

    /**
     * Deletes what belongs to the cluster: the broker's data and local mode's Streams state (kept for a cluster that
     * no longer exists, it would only confuse). The registry's log and the notes of running processes stay.
     */
    static void wipeCluster(Path dataDir) throws IOException {
        for (String folder : List.of(LocalStack.BROKER_FOLDER, ENRICH_STATE, SINK_STATE)) {
            Path dir = dataDir.resolve(folder);
            deleteContents(dir);
            Files.deleteIfExists(dir);
        }
    }

    private static void deleteContents(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).filter(p -> !p.equals(dir)).toList()) {
                Files.delete(p);
            }
        }
    }
}
