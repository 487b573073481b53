package io.newswire.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A small Node.js project that a test runs as an independent check (Confluent's JavaScript client, the AsyncAPI
 * parser): copied from the source tree into a build folder, installed there with {@code npm ci} and reused while its
 * lock file is unchanged.
 *
 * <p>These checks need Node.js 20+ with npm. {@link #requireNode(String)} skips the test without it, unless the system
 * property {@code newswire.interop.required} is true (CI sets it), where a missing Node.js is a failure.
 */
public final class NodeProject {
    private static final String INSTALLED_MARKER = ".installed-package-lock.json";

    /** What a finished command printed. */
    public record Run(int exitCode, String stdout, String stderr) {
        public String output() {
            return stdout + stderr;
        }
    }

    private final Path source;
    private final Path directory;
    private final List<String> files;

    /**
     * @param source    the project in the source tree (with package.json and package-lock.json)
     * @param directory where it is installed and run, under target/
     * @param files     the files to copy, e.g. package.json, package-lock.json and the scripts
     */
    public NodeProject(Path source, Path directory, List<String> files) {
        this.source = source;
        this.directory = directory;
        this.files = List.copyOf(files);
    }

    /** Skips the calling test, or fails it on CI, when Node.js cannot be run; {@code purpose} says what needs it. */
    public static void requireNode(String purpose) {
        String missing = whyNodeIsMissing();
        if (missing == null) {
            return;
        }
        String need = "Node.js 20+ with npm is needed for " + purpose + ": " + missing;
        if (Boolean.getBoolean("newswire.interop.required")) {
            throw new AssertionError(need + " (newswire.interop.required=true, so it may not be skipped)");
        }
        Assumptions.abort(need + "; skipped (-Dnewswire.interop.required=true makes this a failure)");
    }

    /** Copies the project files and runs {@code npm ci} unless this very lock file is installed already. */
    public void install() throws IOException, InterruptedException {
        Files.createDirectories(directory);
        for (String file : files) {
            Files.copy(source.resolve(file), directory.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path marker = directory.resolve(INSTALLED_MARKER);
        byte[] lock = Files.readAllBytes(directory.resolve("package-lock.json"));
        if (Files.isDirectory(directory.resolve("node_modules")) && Files.exists(marker)
                && Arrays.equals(Files.readAllBytes(marker), lock)) {
            return;
        }
        // Install scripts are not needed by these pure-JavaScript packages and would be code run at install time.
        Run run = run(Duration.ofMinutes(5), "npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
        if (run.exitCode() != 0) {
            throw new IllegalStateException("npm ci in " + directory + " failed with exit code " + run.exitCode()
                    + ":\n" + run.output());
        }
        Files.write(marker, lock);
    }

    /** Runs a command in the project directory; fails if it outlives {@code timeout}. */
    public Run run(Duration timeout, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(directory, "stdout", ".txt");
        Path err = Files.createTempFile(directory, "stderr", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + timeout
                        + ":\n" + Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String whyNodeIsMissing() {
        try {
            Process process = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                return null;
            }
            process.destroyForcibly();
            return "node --version failed";
        } catch (IOException e) {
            return "node is not on the PATH (" + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
