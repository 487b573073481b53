package io.newswire.app.local;

import io.newswire.platform.config.CommonSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The notes the processes of the local stack leave in its data folder, so that client commands ({@code tail},
 * {@code ingest}, ...) find the stack without flags. {@code newswire local} leaves one note with both endpoints;
 * {@code newswire broker} and {@code newswire registry}, which start and stop independently, each leave their own.
 * A note holds endpoints as configuration keys and the process id of its owner; a note whose process is gone is
 * ignored.
 */
public final class LocalStackFile {
    private static final String PID = "pid";

    /** Which process wrote a note; each has its own file, so one stopping never removes another's endpoints. */
    public enum Owner {
        LOCAL("stack.properties"), BROKER("broker.properties"), REGISTRY("registry.properties");

        private final String fileName;

        Owner(String fileName) {
            this.fileName = fileName;
        }

        String fileName() {
            return fileName;
        }
    }

    private LocalStackFile() {
    }

    /** The note of {@code newswire local}: both endpoints. */
    public static void write(Path dataDir, String bootstrapServers, String schemaRegistryUrl) throws IOException {
        write(dataDir, Owner.LOCAL, Map.of(CommonSettings.BOOTSTRAP_SERVERS.key(), bootstrapServers,
                CommonSettings.SCHEMA_REGISTRY_URL.key(), schemaRegistryUrl));
    }

    /** Writes a note atomically, so a reader never sees half of it. */
    public static void write(Path dataDir, Owner owner, Map<String, String> endpoints) throws IOException {
        Properties p = new Properties();
        endpoints.forEach(p::setProperty);
        p.setProperty(PID, String.valueOf(ProcessHandle.current().pid()));
        Files.createDirectories(dataDir);
        Path tmp = dataDir.resolve(owner.fileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(w, "written by newswire " + owner.name().toLowerCase(Locale.ROOT) + "; removed when it stops");
        }
        Files.move(tmp, dataDir.resolve(owner.fileName()), StandardCopyOption.ATOMIC_MOVE,
                StandardCopyOption.REPLACE_EXISTING);
    }

    public static void delete(Path dataDir) throws IOException {
        delete(dataDir, Owner.LOCAL);
    }

    public static void delete(Path dataDir, Owner owner) throws IOException {
        Files.deleteIfExists(dataDir.resolve(owner.fileName()));
    }

    /**
     * The endpoints of the live local stack processes of this folder as configuration keys, or empty if none runs.
     * The notes are merged: a broker and a registry started separately together give both endpoints.
     */
    public static Map<String, String> discover(Path dataDir) {
        Map<String, String> endpoints = new LinkedHashMap<>();
        for (Owner owner : Owner.values()) {
            read(dataDir.resolve(owner.fileName())).filter(p -> isAlive(p.getProperty(PID))).ifPresent(p -> {
                for (String key : p.stringPropertyNames()) {
                    if (!key.equals(PID)) {
                        endpoints.put(key, p.getProperty(key));
                    }
                }
            });
        }
        return endpoints;
    }

    /** Who already runs a broker from this folder, e.g. "newswire local (pid 4242)". */
    public static Optional<String> runningBroker(Path dataDir) {
        return running(dataDir, Owner.LOCAL, Owner.BROKER);
    }

    /** Who already runs a schema registry from this folder. */
    public static Optional<String> runningRegistry(Path dataDir) {
        return running(dataDir, Owner.LOCAL, Owner.REGISTRY);
    }

    private static Optional<String> running(Path dataDir, Owner... owners) {
        for (Owner owner : owners) {
            Optional<String> pid = read(dataDir.resolve(owner.fileName())).map(p -> p.getProperty(PID))
                    .filter(LocalStackFile::isAlive);
            if (pid.isPresent()) {
                return Optional.of("newswire " + owner.name().toLowerCase(Locale.ROOT) + " (pid " + pid.get() + ")");
            }
        }
        return Optional.empty();
    }

    private static Optional<Properties> read(Path file) {
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
