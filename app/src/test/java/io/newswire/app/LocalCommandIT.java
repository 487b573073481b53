package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.app.local.LocalStackFile;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged launcher jar as a user would: {@code newswire local} in its own process, then stops it. */
class LocalCommandIT {
    static final Pattern REGISTRY = Pattern.compile("Schema registry\\s+(\\S+)");
    static final Pattern KAFKA = Pattern.compile("Kafka bootstrap servers\\s+(\\S+)");

    @TempDir
    Path dataDir;

    @Test
    void startsBrokerAndRegistryInOneProcessTreeAndStopsCleanly() throws Exception {
        Process local = new ProcessBuilder(javaBinary(), "-jar", "target/newswire.jar", "local",
                "--set", "local.data-dir=" + dataDir, "--set", "local.kafka-port=0", "--set", "local.registry-port=0")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            List<String> banner = readBanner(local);
            String registry = find(REGISTRY, banner);
            String kafka = find(KAFKA, banner);
            assertThat(kafka).startsWith("127.0.0.1:");

            HttpResponse<String> subjects = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(registry + "/subjects")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(subjects.statusCode()).isEqualTo(200);
            assertThat(subjects.body()).contains("news.raw-value", "news.articles-value", "news.dlq-value");

            assertThat(LocalStackFile.discover(dataDir)).containsEntry("kafka.bootstrap.servers", kafka);
            List<ProcessHandle> children = local.descendants().toList();
            assertThat(children).as("the registry runs as a child process").isNotEmpty();

            local.destroy(); // SIGTERM, as Ctrl-C or a service manager would stop it
            assertThat(local.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(children).noneMatch(ProcessHandle::isAlive);
            assertThat(LocalStackFile.discover(dataDir)).isEmpty();
        } finally {
            local.destroyForcibly();
        }
    }

    private static List<String> readBanner(Process p) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (line.contains("Data folder")) {
                return lines;
            }
        }
        throw new AssertionError("newswire local ended before printing its endpoints: " + lines);
    }

    private static String find(Pattern pattern, List<String> lines) {
        return lines.stream().map(pattern::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + pattern + " in " + lines));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
