package io.newswire.ingest;

import io.newswire.platform.config.Config;
import java.nio.file.Path;

/**
 * Where things live: the inbox that is watched, the hidden claim area inside it (same file system, so claiming is an
 * atomic rename), and the done and failed folders, which default to folders inside the inbox and are then skipped by
 * the scanner like every hidden folder.
 */
public record InboxLayout(Path inbox, Path claimRoot, Path done, Path failed) {
    /** Hidden folder inside the inbox holding ingest's own state. */
    public static final String STATE_DIR = ".newswire";

    public InboxLayout {
        inbox = inbox.toAbsolutePath().normalize();
        claimRoot = claimRoot.toAbsolutePath().normalize();
        done = done.toAbsolutePath().normalize();
        failed = failed.toAbsolutePath().normalize();
    }

    public static InboxLayout of(Path inbox, Path done, Path failed) {
        Path in = inbox.toAbsolutePath().normalize();
        return new InboxLayout(in, in.resolve(STATE_DIR).resolve("processing"),
                done == null ? in.resolve("done") : done, failed == null ? in.resolve("failed") : failed);
    }

    public static InboxLayout of(Config config) {
        return of(config.get(IngestSettings.INBOX), config.find(IngestSettings.DONE_DIR).orElse(null),
                config.find(IngestSettings.FAILED_DIR).orElse(null));
    }

    /** True for folders the scanner must not descend into: hidden ones, the claim area, done and failed. */
    public boolean isSkippedFolder(Path dir) {
        Path d = dir.toAbsolutePath().normalize();
        if (d.equals(inbox)) {
            return false;
        }
        Path name = d.getFileName();
        return (name != null && name.toString().startsWith(".")) || d.equals(done) || d.equals(failed)
                || d.startsWith(claimRoot);
    }

    /** The inbox-relative path with '/' separators, as recorded in RawArticle.relativePath. */
    public String relativePath(Path file) {
        return relativeTo(inbox, file);
    }

    /** {@code root}-relative path of {@code file} with '/' separators. */
    public static String relativeTo(Path root, Path file) {
        Path rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        StringBuilder sb = new StringBuilder();
        for (Path part : rel) {
            if (!sb.isEmpty()) {
                sb.append('/');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    /** First folder level of an inbox-relative path ("tass/x.txt" gives "tass"), or null at the top level. */
    public static String sourceHint(String relativePath) {
        int slash = relativePath.indexOf('/');
        return slash <= 0 ? null : relativePath.substring(0, slash);
    }

    /** File name part of a '/'-separated relative path. */
    public static String fileName(String relativePath) {
        return relativePath.substring(relativePath.lastIndexOf('/') + 1);
    }
}
