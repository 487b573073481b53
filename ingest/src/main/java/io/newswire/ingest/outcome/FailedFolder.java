package io.newswire.ingest.outcome;

import io.newswire.ingest.InboxLayout;
import io.newswire.ingest.KnownFolders;
import io.newswire.ingest.claim.ClaimedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Rejected files go to {@code <failed>/<relative path>} under a collision-safe name, each with
 * {@code <name>.error.json} saying why. The name is reserved before the dead letter is published (the dead letter
 * records it) and the file is moved only after the dead letter is acknowledged. The sidecar is written first, so a
 * crash can leave a sidecar without its file (harmless: the file is still in the claim area and is rejected again),
 * never a rejected file without its reason.
 */
public final class FailedFolder {
    private final Path root;
    private final KnownFolders folders = new KnownFolders();

    public FailedFolder(Path root) {
        this.root = root;
    }

    /** Where the file will go, if no other file takes the name first. */
    public Path reserve(ClaimedFile file) throws IOException {
        return CollisionSafeNames.free(MoveToDone.parentOf(root, file.relativePath()), file.fileName(), Sidecar.ERROR_SUFFIX);
    }

    /** A path inside the failed folder as recorded in DeadLetter.failedPath, '/'-separated. */
    public String relative(Path target) {
        return InboxLayout.relativeTo(root, target);
    }

    /** Writes the sidecar, then moves the file beside it; returns where the file went. */
    public Path moveIn(ClaimedFile file, Path reserved, Map<String, ?> error) throws IOException {
        folders.ensure(reserved.getParent());
        Path sidecar = Sidecar.write(reserved, Sidecar.ERROR_SUFFIX, error);
        Path moved = CollisionSafeNames.move(file.path(), reserved, Sidecar.ERROR_SUFFIX);
        if (!moved.equals(reserved)) {
            Sidecar.write(moved, Sidecar.ERROR_SUFFIX, error);
            Files.deleteIfExists(sidecar);
        }
        return moved;
    }
}
