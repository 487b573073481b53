package io.newswire.ingest.outcome;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * A small JSON file written next to a moved file, saying why it was rejected (or which of its lines were). Written
 * to a hidden temporary name and renamed, so a reader never sees half a sidecar.
 */
final class Sidecar {
    public static final String ERROR_SUFFIX = ".error.json";
    public static final String REJECTED_LINES_SUFFIX = ".rejected-lines.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Sidecar() {
    }

    /** Writes {@code content} as JSON to {@code <file><suffix>}. */
    public static Path write(Path file, String suffix, Map<String, ?> content) throws IOException {
        Path target = file.resolveSibling(file.getFileName() + suffix);
        Path tmp = file.resolveSibling("." + file.getFileName() + suffix + ".tmp");
        Files.write(tmp, JSON.writeValueAsBytes(content));
        return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
