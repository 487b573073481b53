package io.newswire.bench.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where a run finds the packaged jars and puts its work folder and report. */
final class RunFolders {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private RunFolders() {
    }

    static Path appJar(Path projectDir) {
        return existing(projectDir.resolve("app/target/newswire.jar"), "./mvnw -pl app -am package -DskipTests");
    }

    static Path registryJar(Path projectDir) {
        return existing(projectDir.resolve("registry/target/quarkus-app/quarkus-run.jar"),
                "./mvnw -pl registry package -DskipTests");
    }

    /** A new folder {@code <results>/<kind>-<timestamp>} for the report. */
    static Path newResultFolder(Path results, String kind) throws IOException {
        return Files.createDirectories(results.resolve(kind + "-" + LocalDateTime.now().format(STAMP)));
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static Path existing(Path jar, String build) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; build it with " + build + " (scripts/chaos does)");
        }
        return jar.toAbsolutePath();
    }
}
