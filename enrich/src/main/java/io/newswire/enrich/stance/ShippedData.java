package io.newswire.enrich.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the data files shipped in the jar (targets, lexicon); a missing one is a broken build, so it fails loudly. */
final class ShippedData {
    /** Parses a data file; {@code source} names it in error messages. */
    interface Parser<T> {
        T parse(Reader reader, String source) throws IOException;
    }

    private ShippedData() {
    }

    static <T> T read(String resource, Parser<T> parser) {
        try (InputStream in = ShippedData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), resource.substring(resource.lastIndexOf('/') + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
