package io.newswire.enrich.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the stance data files (targets, lexicon): the ones shipped in the jar, where a missing one is a broken build and
 * fails loudly, and users' own files.
 */
final class DataFiles {
    /** Parses a data file; {@code source} names it in error messages. */
    interface Parser<T> {
        T parse(Reader reader, String source) throws IOException;
    }

    private DataFiles() {
    }

    static <T> T shipped(String resource, Parser<T> parser) {
        try (InputStream in = DataFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource.substring(resource.lastIndexOf('/') + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T file(Path file, Parser<T> parser) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parser.parse(r, file.toString());
        }
    }
}
