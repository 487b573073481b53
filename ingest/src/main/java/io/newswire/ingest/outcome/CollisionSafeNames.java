package io.newswire.ingest.outcome;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Picks a free name in a target folder, "x.txt", then "x (1).txt", "x (2).txt", ..., and moves a file there without
 * ever replacing an existing one: two files of the same name both survive.
 */
final class CollisionSafeNames {
    private static final int MAX_TRIES = 10_000;

    private CollisionSafeNames() {
    }

    /** The {@code n}-th alternative of a file name: n=0 is the name itself. */
    public static String variant(String name, int n) {
        if (n == 0) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + " (" + n + ")" : name.substring(0, dot) + " (" + n + ")" + name.substring(dot);
    }

    /** The first name variant in {@code dir} for which neither the file nor any of its sidecars exist. */
    public static Path free(Path dir, String name, String... sidecarSuffixes) throws IOException {
        for (int n = 0; n < MAX_TRIES; n++) {
            Path candidate = dir.resolve(variant(name, n));
            if (!taken(candidate, sidecarSuffixes)) {
                return candidate;
            }
        }
        throw new IOException("no free name for " + name + " in " + dir + " after " + MAX_TRIES + " tries");
    }

    /**
     * Moves {@code source} to {@code wanted} (whose folder must exist), or to the next free variant when another file
     * took that name meanwhile (another instance, same name, same moment). Returns where the file went. Works across
     * file systems.
     */
    public static Path move(Path source, Path wanted, String... sidecarSuffixes) throws IOException {
        Path target = wanted;
        for (int n = 0; n < MAX_TRIES; n++) {
            try {
                return Files.move(source, target);
            } catch (FileAlreadyExistsException e) {
                target = free(wanted.getParent(), wanted.getFileName().toString(), sidecarSuffixes);
            }
        }
        throw new IOException("cannot find a free name for " + wanted);
    }

    /**
     * Plain {@link Files#exists} is a cheap stat; with NOFOLLOW_LINKS it would cost an exception per missing file. A
     * dangling link it misses makes {@link #move} pick the next name, as for any other collision.
     */
    private static boolean taken(Path candidate, String... sidecarSuffixes) {
        if (Files.exists(candidate)) {
            return true;
        }
        for (String suffix : sidecarSuffixes) {
            if (Files.exists(candidate.resolveSibling(candidate.getFileName() + suffix))) {
                return true;
            }
        }
        return false;
    }
}
