package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NewswireCommandTest {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    int run(String... args) {
        CommandLine cl = Newswire.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void configListsEveryKeyWithItsEnvironmentVariable() {
        assertThat(run("config")).isZero();
        assertThat(out.toString())
                .contains("kafka.bootstrap.servers", "NEWSWIRE_KAFKA_BOOTSTRAP_SERVERS", "[default localhost:9092]")
                .contains("local.kafka-port", "NEWSWIRE_LOCAL_KAFKA_PORT");
    }

    @Test
    void configMarkdownIsTheReadmeTable() {
        assertThat(run("config", "--markdown")).isZero();
        assertThat(out.toString()).contains("| `topics.articles` | `NEWSWIRE_TOPICS_ARTICLES` | `news.articles` |");
    }

    @Test
    void unknownSubcommandIsAUsageError() {
        assertThat(run("frobnicate")).isEqualTo(Newswire.EXIT_USAGE);
        assertThat(err.toString()).contains("Unmatched argument");
    }

    @Test
    void badConfigurationValueIsOneLineAndExitCode2() {
        assertThat(run("local", "--set", "local.kafka-port=ninety")).isEqualTo(Newswire.EXIT_USAGE);
        assertThat(err.toString().strip()).isEqualTo("newswire: invalid value 'ninety' for local.kafka-port "
                + "(from flag --set local.kafka-port): expected a whole number from 0 to 65535");
    }

    @Test
    void statusWithABadIntervalIsExitCode2BeforeAskingKafka() {
        assertThat(run("status", "--interval", "soon")).isEqualTo(Newswire.EXIT_USAGE);
        assertThat(err.toString().strip()).isEqualTo("newswire: --interval=soon: expected a positive duration such as 2s or 500ms");
    }

    @Test
    void unknownConfigurationKeyIsExitCode2() {
        assertThat(run("local", "--set", "local.kafka-prot=9092")).isEqualTo(Newswire.EXIT_USAGE);
        assertThat(err.toString()).contains("unknown configuration key 'local.kafka-prot'", "did you mean 'local.kafka-port'?")
                .doesNotContain("Exception");
    }
}
