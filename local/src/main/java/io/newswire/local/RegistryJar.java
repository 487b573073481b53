package io.newswire.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds the schema registry's runnable jar, built by the module {@code registry}. */
final class RegistryJar {

    static final String SYSTEM_PROPERTY = "newswire.registry.jar";
    static final String ENVIRONMENT_VARIABLE = "NEWSWIRE_REGISTRY_JAR";
    static final Path RELATIVE_PATH = Path.of("registry", "target", "quarkus-app", "quarkus-run.jar");

    private RegistryJar() {
    }

    /** Looks in this JVM's system properties, environment and working directory. */
    static Path locate(Path explicit) {
        return locate(explicit, System.getProperties().getProperty(SYSTEM_PROPERTY), System.getenv(),
                Path.of("").toAbsolutePath());
    }

    /**
     * The first of: the explicit path; the system property {@value #SYSTEM_PROPERTY}; the environment variable
     * {@value #ENVIRONMENT_VARIABLE}; {@code registry/target/quarkus-app/quarkus-run.jar} under the working directory or
     * one of its parents. A path that is given but does not exist is an error rather than a reason to look further, so a
     * wrong setting never goes unnoticed.
     */
    static Path locate(Path explicit, String systemProperty, Map<String, String> environment, Path workingDir) {
        if (explicit != null) {
            return existing(explicit, "the explicit registry jar path");
        }
        if (systemProperty != null && !systemProperty.isBlank()) {
            return existing(Path.of(systemProperty), "the system property " + SYSTEM_PROPERTY);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return existing(Path.of(fromEnvironment), "the environment variable " + ENVIRONMENT_VARIABLE);
        }
        List<Path> searched = new ArrayList<>();
        for (Path dir = workingDir; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(RELATIVE_PATH);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
            searched.add(candidate);
        }
        throw new IllegalStateException("The schema registry jar was not found. Build it with "
                + "'./mvnw -pl registry package' from the project folder, or name it with -D" + SYSTEM_PROPERTY + "=... or "
                + ENVIRONMENT_VARIABLE + ". Looked for " + searched);
    }

    private static Path existing(Path jar, String source) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The schema registry jar named by " + source + " does not exist: "
                    + jar.toAbsolutePath() + ". Build it with './mvnw -pl registry package' from the project folder.");
        }
        return jar;
    }
}
