package io.newswire.ingest.claim;

import io.newswire.ingest.InboxLayout;
import java.nio.file.Path;

/**
 * A file this instance has claimed: it now lies in a claim area, at the same relative path it had in the inbox, and
 * no other instance will touch it.
 *
 * @param path         where the file lies now
 * @param relativePath inbox-relative path it had, '/'-separated
 */
public record ClaimedFile(Path path, String relativePath) {

    public String fileName() {
        return InboxLayout.fileName(relativePath);
    }

    public String sourceHint() {
        return InboxLayout.sourceHint(relativePath);
    }
}
