package io.newswire.ingest.outcome;

import io.newswire.ingest.IngestSettings.DonePolicyKind;
import io.newswire.ingest.claim.ClaimedFile;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * What happens to a file once the broker has acknowledged every record made from it (the counterpart of Kafka
 * Connect SpoolDir's cleanup policies). Called only after acknowledgement, never before.
 */
public interface DonePolicy {

    /**
     * Takes the file out of the claim area.
     *
     * @param rejectedLines for a JSON Lines file with bad lines, the sidecar content listing them; else null
     * @return where the file went, or null when it was deleted
     */
    Path finish(ClaimedFile file, Map<String, ?> rejectedLines) throws IOException;

    static DonePolicy of(DonePolicyKind kind, Path doneRoot, Clock clock) {
        return switch (kind) {
            case MOVE -> new MoveToDone(doneRoot, clock);
            case DELETE -> new DeleteWhenDone();
        };
    }
}
