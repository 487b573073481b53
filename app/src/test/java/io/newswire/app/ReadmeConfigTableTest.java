package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README's configuration table is generated; this keeps it from drifting from the code. */
class ReadmeConfigTableTest {
    static final String START = "<!-- config-table:start -->\n";
    static final String END = "<!-- config-table:end -->";

    @Test
    void readmeTableMatchesTheDeclaredSettings() throws Exception {
        Path readme = Path.of(System.getProperty("newswire.project.dir", ".."), "README.md");
        String text = Files.readString(readme);
        String documented = text.substring(text.indexOf(START) + START.length(), text.indexOf(END));

        StringWriter out = new StringWriter();
        CommandLine cl = Newswire.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.execute("config", "--markdown");

        assertThat(documented.strip())
                .as("README configuration table is stale: run scripts/update-readme-config")
                .isEqualTo(out.toString().strip());
    }
}
