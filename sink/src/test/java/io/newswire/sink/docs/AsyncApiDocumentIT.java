package io.newswire.sink.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.testkit.NodeProject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

    private static final NodeProject PARSER = new NodeProject(SOURCE, WORK, FILES);

    @BeforeAll
    static void installTheParser() throws Exception {
        NodeProject.requireNode("validating docs/asyncapi.yaml");
        PARSER.install();
    }

    @Test
    void theOfficialParserFindsNoErrors() throws Exception {
        NodeProject.Run validation = PARSER.run(Duration.ofMinutes(2), "node", "validate.mjs",
                AsyncApiChannelsTest.DOCUMENT.toString(), STANCE_LABEL.toString());
        assertThat(validation.output()).doesNotContain("error ");
        assertThat(validation.exitCode()).as(validation.output()).isZero();
        assertThat(validation.output()).contains("valid: 4 channels");
    }
}
