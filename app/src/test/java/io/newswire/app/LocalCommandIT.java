package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.app.local.LocalStackFile;
import io.newswire.testkit.Http;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged launcher jar as a user would: {@code newswire local} in its own process, drops the shared sample
 * files into its inbox, reads them back through the query API and {@code newswire tail}, then stops it.
 */
class LocalCommandIT {
    static final Pattern REGISTRY = Pattern.compile("Schema registry\\s+(\\S+)");
    static final Pattern KAFKA = Pattern.compile("Kafka bootstrap servers\\s+(\\S+)");
    static final Pattern QUERY_API = Pattern.compile("Query API\\s+(\\S+)");
    static final Pattern INBOX = Pattern.compile("Inbox \\(drop files here\\)\\s+(\\S+)");
    static final Pattern OPS = Pattern.compile("Health and metrics\\s+(\\S+)/ready");
    static final ObjectMapper JSON = new ObjectMapper();
    static final Path JAR = Path.of("target/newswire.jar").toAbsolutePath();

    @TempDir
    Path workDir;

    @Test
    void runsThePipelineOnTheSamplesInOneProcessTreeAndStopsCleanly() throws Exception {
        Process local = newswire("local", "--set", "local.kafka-port=0", "--set", "local.registry-port=0",
                "--set", "sink.http.port=0", "--set", "local.ops-port=0");
        try {
            List<String> banner = readBanner(local, workDir.resolve("local.err"));
            String registry = find(REGISTRY, banner);
            String kafka = find(KAFKA, banner);
            assertThat(get(registry + "/subjects").body()).contains("news.raw-value", "news.articles-value", "news.dlq-value");
            assertThat(LocalStackFile.discover(workDir.resolve(".newswire/local"))).containsEntry("kafka.bootstrap.servers", kafka);
            List<ProcessHandle> children = local.descendants().toList();
            assertThat(children).as("the registry runs as a child process").isNotEmpty();

            Set<String> samples = dropSamples(Path.of(find(INBOX, banner)));
            String api = find(QUERY_API, banner);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> articleFileNames(api + "?limit=100"), names -> names.equals(samples));
            assertThat(articleFileNames(api + "?publisher=scmp.com")).containsExactly("003_6ab18dfe9966b88a.txt");

            assertThat(tailJson(samples.size())).extracting(line -> JSON.readTree(line).get("fileName").asText())
                    .containsExactlyInAnyOrderElementsOf(samples);

            // One set of operations endpoints for the three services.
            String ops = find(OPS, banner);
            await().atMost(Duration.ofSeconds(30)).until(() -> Http.status(ops + "/ready") == 200);
            assertThat(JSON.readTree(Http.get(ops + "/ready").body()).get("checks").fieldNames()).toIterable()
                    .containsExactlyInAnyOrder("schema-registry", "sink-streams", "enrich-streams", "ingest-inbox", "ingest-producer");
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(Http.get(ops + "/metrics").body())
                    .contains("newswire_ingest_files_published_total " + samples.size() + ".0")
                    .contains("newswire_enrich_records_enriched_total " + samples.size() + ".0")
                    .contains("newswire_sink_updates_total{kind=\"insert\"} " + samples.size() + ".0"));

            // newswire status from the same folder finds the stack without flags.
            String status = run("status", "--interval", "500ms");
            // Local mode runs one enrich thread, so one group member, per core, at most one per partition.
            int enrichMembers = Math.min(Runtime.getRuntime().availableProcessors(), 3);
            assertThat(status).containsPattern("news\\.raw +4 partitions +end +" + samples.size() + " ")
                    .containsPattern("newswire-enrich +Stable, " + enrichMembers + " members? +news\\.raw +lag +0")
                    .containsPattern("newswire-sink +Stable, 1 member +news\\.enriched +lag +0")
                    .contains("Dead letters: 0 in news.dlq")
                    .containsPattern("Inbox .*inbox: 0 files waiting, 0 being processed");

            local.destroy(); // SIGTERM, as Ctrl-C or a service manager would stop it
            assertThat(local.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(children).noneMatch(ProcessHandle::isAlive);
            assertThat(LocalStackFile.discover(workDir.resolve(".newswire/local"))).isEmpty();
        } finally {
            local.destroyForcibly();
        }
    }

    @Test
    void noServicesRunsOnlyTheBrokerAndTheRegistry() throws Exception {
        Process local = newswire("local", "--no-services", "--set", "local.kafka-port=0", "--set", "local.registry-port=0");
        try {
            List<String> banner = readBanner(local, workDir.resolve("local.err"));
            assertThat(get(find(REGISTRY, banner) + "/subjects").body()).contains("news.articles-value");
            assertThat(banner).noneMatch(line -> line.contains("Inbox") || line.contains("Query API"));
            assertThat(workDir.resolve("inbox")).doesNotExist();
            local.destroy();
            assertThat(local.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            local.destroyForcibly();
        }
    }

    /** {@code newswire tail --from-beginning --json}, started beside the running stack without any endpoint flags. */
    private List<String> tailJson(int expected) throws IOException {
        Process tail = newswire("tail", "--from-beginning", "--json");
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(tail.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            while (lines.size() < expected) {
                String line = out.readLine();
                if (line == null) {
                    throw new AssertionError("tail ended after " + lines);
                }
                lines.add(line);
            }
            return lines;
        } finally {
            tail.destroyForcibly();
        }
    }

    /** A one-shot command: its standard output once it exited 0. */
    private String run(String... args) throws Exception {
        Process p = newswire(args);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out + Files.readString(workDir.resolve(args[0] + ".err"))).isZero();
        return out;
    }

    private Process newswire(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectError(workDir.resolve(args[0] + ".err").toFile());
        // As the launcher does: the registry is found through the environment, not by walking up from the folder.
        builder.environment().put("NEWSWIRE_REGISTRY_JAR", System.getProperty("newswire.registry.jar"));
        return builder.start();
    }

    private static Set<String> dropSamples(Path inbox) throws IOException {
        Path samples = Path.of(System.getProperty("newswire.project.dir", ".."), "..", "shared", "samples");
        try (Stream<Path> files = Files.list(samples)) {
            List<Path> articles = files.filter(f -> f.toString().endsWith(".txt")).toList();
            for (Path f : articles) {
                // The atomic-rename convention for writers: write under a hidden name, then rename.
                Path hidden = inbox.resolve("." + f.getFileName());
                Files.copy(f, hidden);
                Files.move(hidden, inbox.resolve(f.getFileName()));
            }
            return articles.stream().map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    /** The file names of the articles a query returns; none while the API is not serving yet (503 until RUNNING). */
    private static Set<String> articleFileNames(String url) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(url);
        if (answer.statusCode() != 200) {
            return Set.of();
        }
        Set<String> names = new HashSet<>();
        JSON.readTree(answer.body()).get("articles").forEach(a -> names.add(a.get("fileName").asText()));
        return names;
    }

    private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> readBanner(Process p, Path stderr) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            lines.add(line);
            if (line.contains("Data folder")) {
                return lines;
            }
        }
        throw new AssertionError("newswire local ended before printing its endpoints: " + lines + "\n"
                + Files.readString(stderr));
    }

    private static String find(Pattern pattern, List<String> lines) {
        return lines.stream().map(pattern::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + pattern + " in " + lines));
    }
}
