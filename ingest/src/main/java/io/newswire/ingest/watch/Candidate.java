package io.newswire.ingest.watch;

import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * An inbox entry that may be ingested once it is stable: a file, a symbolic link or a special file (the latter two
 * are claimed too, so that they are rejected with a reason instead of lying in the inbox forever).
 *
 * @param path           where it lies in the inbox
 * @param size           size in bytes as last seen
 * @param modifiedMillis modification time as last seen
 */
public record Candidate(Path path, long size, long modifiedMillis) {

    static Candidate of(Path path, BasicFileAttributes attrs) {
        return new Candidate(path, attrs.size(), attrs.lastModifiedTime().toMillis());
    }
}
