package io.newswire.ingest.outcome;

import io.newswire.ingest.KnownFolders;
import io.newswire.ingest.claim.ClaimedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

/**
 * Moves a published file to {@code <done>/<yyyy-MM-dd>/<relative path>} (the day it was published, in the clock's
 * zone), under a collision-safe name, with the rejected-lines sidecar beside it when there is one.
 */
public final class MoveToDone implements DonePolicy {
    private final Path doneRoot;
    private final Clock clock;
    private final KnownFolders folders = new KnownFolders();

    public MoveToDone(Path doneRoot, Clock clock) {
        this.doneRoot = doneRoot;
        this.clock = clock;
    }

    @Override
    public Path finish(ClaimedFile file, Map<String, ?> rejectedLines) throws IOException {
        Path dayDir = doneRoot.resolve(LocalDate.now(clock).toString());
        Path dir = parentOf(dayDir, file.relativePath());
        folders.ensure(dir);
        Path wanted = CollisionSafeNames.free(dir, file.fileName(), Sidecar.REJECTED_LINES_SUFFIX);
        Path moved = CollisionSafeNames.move(file.path(), wanted, Sidecar.REJECTED_LINES_SUFFIX);
        if (rejectedLines != null) {
            Sidecar.write(moved, Sidecar.REJECTED_LINES_SUFFIX, rejectedLines);
        }
        return moved;
    }

    static Path parentOf(Path root, String relativePath) {
        int slash = relativePath.lastIndexOf('/');
        return slash < 0 ? root : root.resolve(relativePath.substring(0, slash));
    }
}
