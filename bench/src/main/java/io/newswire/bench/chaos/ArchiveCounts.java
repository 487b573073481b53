package io.newswire.bench.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The files ingest has finished with: its done/ and failed/ folders inside the inbox, without the sidecar files. */
final class ArchiveCounts {
    static final String DONE = "done";
    static final String FAILED = "failed";
    private static final List<String> SIDECARS = List.of(".error.json", ".rejected-lines.json");

    private ArchiveCounts() {
    }

    /** How many dropped files are in done/ or failed/. */
    static long finished(Path inbox) {
        return files(inbox.resolve(DONE)).size() + files(inbox.resolve(FAILED)).size();
    }

    /** The archived files under a folder (not the sidecars), as paths relative to it. */
    static List<Path> files(Path dir) {
        return files(dir, Set.of());
    }

    /**
     * The files under a folder (not the sidecars), as paths relative to it, leaving out the top-level subfolders named
     * in {@code skipped}. Files that vanish while the folder is walked (ingest moves them all the time) are left out.
     */
    static List<Path> files(Path dir, Set<String> skipped) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    boolean skip = d.getParent() != null && d.getParent().equals(dir)
                            && skipped.contains(d.getFileName().toString());
                    return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (attrs.isRegularFile() && SIDECARS.stream().noneMatch(name::endsWith)) {
                        found.add(dir.relativize(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw e;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    if (e != null && !(e instanceof NoSuchFileException)) {
                        throw e;
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
        return found;
    }
}
