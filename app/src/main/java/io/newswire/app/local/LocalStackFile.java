package io.newswire.app.local;

import io.newswire.platform.config.CommonSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The note a running {@code newswire local} leaves in its data folder, so that client commands ({@code tail},
 * {@code status}, ...) find the stack without flags. It holds the endpoints and the process id; a note whose process is
 * gone is ignored.
 */
public final class LocalStackFile {
    static final String FILE_NAME = "stack.properties";
    private static final String PID = "pid";

    private LocalStackFile() {
    }

    /** Writes the note atomically, so a reader never sees half of it. */
    public static void write(Path dataDir, String bootstrapServers, String schemaRegistryUrl) throws IOException {
        Properties p = new Properties();
        p.setProperty(CommonSettings.BOOTSTRAP_SERVERS.key(), bootstrapServers);
        p.setProperty(CommonSettings.SCHEMA_REGISTRY_URL.key(), schemaRegistryUrl);
        p.setProperty(PID, String.valueOf(ProcessHandle.current().pid()));
        Files.createDirectories(dataDir);
        Path tmp = dataDir.resolve(FILE_NAME + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "written by newswire local; removed when it stops");
        }
        Files.move(tmp, dataDir.resolve(FILE_NAME), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    public static void delete(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(FILE_NAME));
    }

    /** The endpoints of a live local stack as configuration keys, or empty if none runs from this folder. */
    public static Map<String, String> discover(Path dataDir) {
        return read(dataDir).filter(p -> isAlive(p.getProperty(PID)))
                .map(p -> Map.of(
                        CommonSettings.BOOTSTRAP_SERVERS.key(), p.getProperty(CommonSettings.BOOTSTRAP_SERVERS.key()),
                        CommonSettings.SCHEMA_REGISTRY_URL.key(), p.getProperty(CommonSettings.SCHEMA_REGISTRY_URL.key())))
                .orElse(Map.of());
    }

    private static Optional<Properties> read(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
            return Optional.of(p);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static boolean isAlive(String pid) {
        try {
            return pid != null && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
