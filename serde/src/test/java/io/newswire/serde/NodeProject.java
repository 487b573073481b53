package io.newswire.serde;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The Node project of src/test/js, installed with {@code npm ci} into a build folder (never the source tree) and
 * reused while its lock file is unchanged.
 */
final class NodeProject {

    private static final List<String> FILES = List.of("package.json", "package-lock.json", "consume.mjs");
    private static final String INSTALLED_MARKER = ".installed-package-lock.json";

    /** What a finished command printed. */
    record Run(int exitCode, String stdout, String stderr) {
    }

    private final Path source;
    private final Path directory;

    NodeProject(Path source, Path directory) {
        this.source = source;
        this.directory = directory;
    }

    /** Whether {@code node} runs; null when it does, else why not. */
    static String whyNodeIsMissing() {
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

    /** Copies the project files and runs {@code npm ci} unless this very lock file is installed already. */
    void install() throws IOException, InterruptedException {
        Files.createDirectories(directory);
        for (String file : FILES) {
            Files.copy(source.resolve(file), directory.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path marker = directory.resolve(INSTALLED_MARKER);
        byte[] lock = Files.readAllBytes(directory.resolve("package-lock.json"));
        if (Files.isDirectory(directory.resolve("node_modules")) && Files.exists(marker)
                && java.util.Arrays.equals(Files.readAllBytes(marker), lock)) {
            return;
        }
        Run run = run(Duration.ofMinutes(5), "npm", "ci", "--no-audit", "--no-fund");
        if (run.exitCode() != 0) {
            throw new IllegalStateException("npm ci in " + directory + " failed with exit code " + run.exitCode()
                    + ":\n" + run.stdout() + run.stderr());
        }
        Files.write(marker, lock);
    }

    /** Runs a command in the project directory; fails if it outlives {@code timeout}. */
    Run run(Duration timeout, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(directory, "stdout", ".txt");
        Path err = Files.createTempFile(directory, "stderr", ".txt");
        try {
            Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(directory.toFile())
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
}
