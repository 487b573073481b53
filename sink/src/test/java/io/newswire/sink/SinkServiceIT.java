package io.newswire.sink;

import static io.newswire.testkit.Articles.article;
import static io.newswire.testkit.Articles.dropAgain;
import static io.newswire.testkit.Articles.publishedOn;
import static io.newswire.testkit.Articles.withTitle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.avro.EnrichedArticle;
import io.newswire.platform.config.Config;
import io.newswire.platform.ops.OpsServer;
import io.newswire.platform.topics.ContractBootstrap;
import io.newswire.sink.http.QueryApi;
import io.newswire.sink.tail.ArticleLine;
import io.newswire.sink.tail.ArticleTail;
import io.newswire.testkit.Articles;
import io.newswire.testkit.Http;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sink against the real embedded broker and registry; each test has its own topics and application id. */
@NewswireStackTest
class SinkServiceIT {
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String TOKEN = "s3cret-token";

    @Test
    void keepsOneKeyPerArticleServesItAndHonoursDeletes(NewswireStack stack, @TempDir Path stateDir) throws Exception {
        SinkStack topics = new SinkStack(stack, stack.uniqueName("sink"));
        Config config = topics.config(stateDir, Map.of(SinkSettings.HTTP_TOKEN.key(), TOKEN));
        EnrichedArticle tass = article("a1");
        EnrichedArticle updated = withTitle(tass, "Talks in Singapore: updated");
        EnrichedArticle other = publishedOn(withTitle(article("a2"), "Older story"), "2018-04-01");

        List<KeyValue<String, String>> tailed = Collections.synchronizedList(new ArrayList<>());
        try (SinkService sink = SinkService.start(config);
             SinkStack.Reader articles = topics.articlesReader(config);
             ArticleTail tail = new ArticleTail(config)) {
            CompletableFuture<Void> tailing = CompletableFuture.runAsync(
                    () -> tail.follow(true, (id, a) -> tailed.add(KeyValue.pair(id, ArticleLine.readable(id, a)))));
            awaitRunning(sink);
            topics.produce(config, List.of(KeyValue.pair("a1", tass), KeyValue.pair("a1", dropAgain(tass)),
                    KeyValue.pair("a2", other), KeyValue.pair("a1", updated)));

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(articles.valuesOf("a1")).containsExactly(tass, updated));
            assertThat(articles.valuesOf("a2")).containsExactly(other);

            String base = "http://127.0.0.1:" + sink.httpPort();
            HttpResponse<String> one = get(base + "/articles/a1", TOKEN);
            assertThat(one.statusCode()).isEqualTo(200);
            JsonNode body = JSON.readTree(one.body());
            assertThat(body.get("title").asText()).isEqualTo("Talks in Singapore: updated");
            assertThat(body.get("publisher").get("name").asText()).isEqualTo("TASS");
            assertThat(body.get("ingestedAt").asText()).isEqualTo("2018-06-01T10:00:00Z");

            assertThat(ids(get(base + "/articles?publisher=tass.com&target=North%20Korea&stance=AGAINST", TOKEN)))
                    .containsExactly("a1", "a2");
            assertThat(ids(get(base + "/articles?from=2018-05-01&to=2018-06-30", TOKEN))).containsExactly("a1");
            assertThat(ids(get(base + "/articles?limit=1", TOKEN))).containsExactly("a1");
            assertThat(ids(get(base + "/articles?target=Russia&stance=FAVOR", TOKEN))).isEmpty();
            assertThat(get(base + "/articles?stance=maybe", TOKEN).statusCode()).isEqualTo(400);
            assertThat(get(base + "/articles/a1", null).statusCode()).isEqualTo(401);
            assertThat(get(base + "/articles/a1", "wrong").statusCode()).isEqualTo(401);
            assertThat(get(base + "/health", null).statusCode()).isEqualTo(200);

            ArticleDeletion.delete(config, "a1");

            await().atMost(PATIENCE).untilAsserted(() -> assertThat(articles.valuesOf("a1")).containsExactly(tass, updated, null));
            assertThat(get(base + "/articles/a1", TOKEN).statusCode()).isEqualTo(404);
            assertThat(ids(get(base + "/articles", TOKEN))).containsExactly("a2");
            // Order holds per key (partition), not across keys.
            await().atMost(PATIENCE).untilAsserted(() -> assertThat(linesOf(tailed, "a1")).containsExactly(
                    ArticleLine.readable("a1", tass), ArticleLine.readable("a1", updated), "deleted a1"));
            assertThat(linesOf(tailed, "a2")).containsExactly(ArticleLine.readable("a2", other));
            tail.stop();
            tailing.get();
        }
    }

    @Test
    void opsEndpointsGoReadyWhenRunningAndCountWhatTheTableDid(NewswireStack stack, @TempDir Path stateDir) throws Exception {
        SinkStack topics = new SinkStack(stack, stack.uniqueName("sink-ops"));
        Config config = topics.config(stateDir, Map.of(SinkSettings.HTTP_TOKEN.key(), TOKEN, SinkSettings.OPS_PORT.key(), "0"));
        try (OpsServer ops = OpsServer.start(config, SinkSettings.OPS_PORT)) {
            String base = ops.baseUrl();
            assertThat(Http.status(base + "/ready")).as("no service yet").isEqualTo(503);
            try (SinkService sink = SinkService.start(config, ops.registry(), () -> { })) {
                ops.addChecks(sink.readinessChecks());
                await().atMost(PATIENCE).until(() -> Http.status(base + "/ready") == 200);
                assertThat(Http.get(base + "/ready").body()).contains("\"sink-streams\":{\"ready\":true")
                        .contains("\"schema-registry\":{\"ready\":true");

                EnrichedArticle a1 = article("a1");
                topics.produce(config, List.of(KeyValue.pair("a1", a1), KeyValue.pair("a1", dropAgain(a1)),
                        KeyValue.pair("a1", withTitle(a1, "Updated")), KeyValue.pair("a1", null)));
                await().atMost(PATIENCE).untilAsserted(() -> assertThat(Http.get(base + "/metrics").body())
                        .contains("newswire_sink_updates_total{kind=\"insert\"} 1.0")
                        .contains("newswire_sink_updates_total{kind=\"replace\"} 1.0")
                        .contains("newswire_sink_skipped_total{reason=\"unchanged\"} 1.0")
                        .contains("newswire_sink_tombstones_total 1.0")
                        .contains("kafka_consumer_fetch_manager_records_lag_max"));
                // The ops endpoints need no token and never show it; the articles still do need it.
                assertThat(Http.get(base + "/metrics").body() + Http.get(base + "/ready").body()).doesNotContain(TOKEN);
                assertThat(get("http://127.0.0.1:" + sink.httpPort() + "/articles", null).statusCode()).isEqualTo(401);
            }
        }
    }

    @Test
    void twoInstancesAnswerForEachOther(NewswireStack stack, @TempDir Path stateA, @TempDir Path stateB) throws Exception {
        SinkStack topics = new SinkStack(stack, stack.uniqueName("routing"));
        Config configA = topics.config(stateA);
        List<String> ids = IntStream.range(0, 12).mapToObj(i -> "r" + i).toList();
        try (SinkService a = SinkService.start(configA); SinkService b = SinkService.start(topics.config(stateB))) {
            awaitRunning(a);
            awaitRunning(b);
            topics.produce(configA, ids.stream().map(id -> KeyValue.pair(id, article(id))).toList());

            String baseA = "http://127.0.0.1:" + a.httpPort();
            String selfB = "127.0.0.1:" + b.httpPort();
            Set<String> servedBy = new HashSet<>();
            await().atMost(PATIENCE).untilAsserted(() -> {
                servedBy.clear();
                for (String id : ids) {
                    HttpResponse<String> response = get(baseA + "/articles/" + id, null);
                    assertThat(response.statusCode()).as(id).isEqualTo(200);
                    assertThat(JSON.readTree(response.body()).get("id").asText()).isEqualTo(id);
                    servedBy.add(response.headers().firstValue(QueryApi.SERVED_BY).orElseThrow());
                }
                // Both instances own partitions, so some keys were answered by B through A.
                assertThat(servedBy).contains(selfB).hasSize(2);
            });
            assertThat(ids(get(baseA + "/articles?limit=1000", null))).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(ids(get("http://127.0.0.1:" + b.httpPort() + "/articles?publisher=TASS", null)))
                    .containsExactlyInAnyOrderElementsOf(ids);
        }
    }

    @Test
    void aKilledSinkRestartsWithoutDuplicatesOrLosses(NewswireStack stack, @TempDir Path stateDir, @TempDir Path logs)
            throws Exception {
        SinkStack topics = new SinkStack(stack, stack.uniqueName("sigkill"));
        Config config = topics.config(stateDir);
        List<String> flags = topics.flags(stateDir, Map.of());
        List<String> firstHalf = IntStream.range(0, 1500).mapToObj(i -> "k" + i).toList();
        List<String> secondHalf = IntStream.range(1500, 3000).mapToObj(i -> "k" + i).toList();
        ContractBootstrap.run(config); // the topics exist before the reader looks for their partitions

        try (SinkStack.Reader articles = topics.articlesReader(config)) {
            Process sink = startSinkProcess(flags, logs.resolve("first.log"));
            try {
                topics.produce(config, withDuplicates(firstHalf));
                // Kill it mid-stream: once some output is committed, but (very likely) before all of it is.
                await().atMost(PATIENCE).until(() -> !articles.poll().isEmpty());
            } finally {
                sink.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no commit, no transaction abort
            }
            topics.produce(config, withDuplicates(secondHalf));
            Process restarted = startSinkProcess(flags, logs.resolve("second.log"));
            try {
                await().atMost(PATIENCE).untilAsserted(() -> assertThat(articles.poll()).hasSizeGreaterThanOrEqualTo(3000));
            } finally {
                restarted.destroy();
                restarted.waitFor();
            }
            List<KeyValue<String, EnrichedArticle>> seen = articles.poll();
            Set<String> keys = new HashSet<>();
            seen.forEach(kv -> keys.add(kv.key));
            // Each article was written twice with the same content, so exactly one record per key, none lost.
            assertThat(keys).hasSize(3000).containsAll(firstHalf).containsAll(secondHalf);
            assertThat(seen).hasSize(3000);
        }
    }

    /** Every article twice, as a second drop of the same file would do: 1, 1', 2, 2', ... */
    private static List<KeyValue<String, EnrichedArticle>> withDuplicates(List<String> ids) {
        List<KeyValue<String, EnrichedArticle>> records = new ArrayList<>();
        for (String id : ids) {
            records.add(KeyValue.pair(id, article(id)));
            records.add(KeyValue.pair(id, dropAgain(article(id))));
        }
        return records;
    }

    private static Process startSinkProcess(List<String> flags, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
                "-cp", System.getProperty("java.class.path"), SinkMain.class.getName()));
        command.addAll(flags);
        File out = log.toFile();
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out).start();
    }

    private static void awaitRunning(SinkService sink) {
        await().atMost(PATIENCE).until(() -> sink.state() == KafkaStreams.State.RUNNING);
    }

    private static HttpResponse<String> get(String uri, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(20)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> linesOf(List<KeyValue<String, String>> tailed, String id) {
        synchronized (tailed) {
            return tailed.stream().filter(kv -> kv.key.equals(id)).map(kv -> kv.value).toList();
        }
    }

    private static List<String> ids(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(response.body()).get("articles").forEach(a -> ids.add(a.get("id").asText()));
        return ids;
    }
}
