package io.newswire.ingest.outcome;

import io.newswire.ingest.claim.ClaimedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Deletes a published file. The rejected lines of a JSON Lines file are not kept on disk then: their dead letters in
 * news.dlq carry the lines themselves.
 */
public final class DeleteWhenDone implements DonePolicy {
    @Override
    public Path finish(ClaimedFile file, Map<String, ?> rejectedLines) throws IOException {
        Files.deleteIfExists(file.path());
        return null;
    }
}
