package io.newswire.sink.docs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates docs/asyncapi.yaml with the official AsyncAPI parser ({@code @asyncapi/parser}, Node.js) through
 * src/test/js/asyncapi/validate.mjs, installed with {@code npm ci} into target/ and reused while its lock file is
 * unchanged. Needs Node.js 20+ with npm: without it the test is skipped, unless
 * {@code -Dnewswire.interop.required=true} (as CI sets), where it fails.
 */
class AsyncApiDocumentIT {
    private static final Path BASEDIR = Path.of(System.getProperty("basedir", ".")).toAbsolutePath();
    private static final Path SOURCE = BASEDIR.resolve("src/test/js/asyncapi");
    private static final Path WORK = BASEDIR.resolve("target/js/asyncapi");
    private static final List<String> FILES = List.of("package.json", "package-lock.json", "validate.mjs");
    /** Named Avro types the payload schemas use but do not define, as the schemas module's Avro plugin imports them. */
    private static final Path STANCE_LABEL = BASEDIR.resolve("../schemas/src/main/avro/StanceLabel.avsc").normalize();

    @BeforeAll
    static void installTheParser() throws Exception {
        String missing = whyNodeIsMissing();
        if (missing != null) {
            String need = "Node.js 20+ with npm is needed to validate docs/asyncapi.yaml: " + missing;
            if (Boolean.getBoolean("newswire.interop.required")) {
                fail(need + " (newswire.interop.required=true, so it may not be skipped)");
            }
            Assumptions.abort(need + "; skipped (set -Dnewswire.interop.required=true to make this a failure)");
        }
        Files.createDirectories(WORK);
        for (String file : FILES) {
            Files.copy(SOURCE.resolve(file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        Path marker = WORK.resolve(".installed-package-lock.json");
        byte[] lock = Files.readAllBytes(WORK.resolve("package-lock.json"));
        if (!Files.isDirectory(WORK.resolve("node_modules")) || !Files.exists(marker)
                || !Arrays.equals(Files.readAllBytes(marker), lock)) {
            Run install = run("npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund");
            assertThat(install.exitCode()).as("npm ci failed:%n%s", install.output()).isZero();
            Files.write(marker, lock);
        }
    }

    @Test
    void theOfficialParserFindsNoErrors() throws Exception {
        Run validation = run("node", "validate.mjs", AsyncApiChannelsTest.DOCUMENT.toString(), STANCE_LABEL.toString());
        assertThat(validation.output()).doesNotContain("error ");
        assertThat(validation.exitCode()).as(validation.output()).isZero();
        assertThat(validation.output()).contains("valid: 4 channels");
    }

    private record Run(int exitCode, String output) {
    }

    private static Run run(String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(WORK, "run", ".txt");
        try {
            Process process = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly().waitFor();
                fail(String.join(" ", command) + " did not finish within 5 minutes");
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(output);
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
