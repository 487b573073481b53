package io.newswire.bench.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The files ingest has finished with: its done/ and failed/ folders inside the inbox, without the sidecar files. */
final class ArchiveCounts {
    static final String DONE = "done";
    static final String FAILED = "failed";
    private static final int WALK_ATTEMPTS = 5;
    private static final List<String> SIDECARS = List.of(".error.json", ".rejected-lines.json");

    private ArchiveCounts() {
    }

    /** How many dropped files are in done/ or failed/. */
    static long finished(Path inbox) {
        return files(inbox.resolve(DONE)).size() + files(inbox.resolve(FAILED)).size();
    }

    /** The archived files under a folder (not the sidecars), as paths relative to it. */
    static List<Path> files(Path dir) {
        for (int attempt = 1; ; attempt++) {
            List<Path> found = new ArrayList<>();
            try (Stream<Path> all = Files.walk(dir)) {
                all.filter(Files::isRegularFile)
                        .filter(p -> SIDECARS.stream().noneMatch(s -> p.getFileName().toString().endsWith(s)))
                        .forEach(p -> found.add(dir.relativize(p)));
                return found;
            } catch (NoSuchFileException e) {
                return found;
            } catch (IOException | UncheckedIOException e) {
                // A folder changed while it was walked: walk it again.
                if (attempt == WALK_ATTEMPTS) {
                    throw new IllegalStateException("Cannot list " + dir, e);
                }
            }
        }
    }
}
