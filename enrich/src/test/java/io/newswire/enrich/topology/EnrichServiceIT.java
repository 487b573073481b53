package io.newswire.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.newswire.avro.DeadLetter;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.enrich.ArticleEnricher;
import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigException;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.config.Setting;
import io.newswire.platform.ops.OpsServer;
import io.newswire.platform.topics.ContractBootstrap;
import io.newswire.serde.SpecificAvroDeserializer;
import io.newswire.testkit.Http;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** enrich against the real embedded broker and registry, exactly-once, read as downstream consumers read. */
@NewswireStackTest
class EnrichServiceIT {
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    @TempDir
    Path stateDir;

    @Test
    void deadLettersPoisonRecordsAndEnrichesTheNextGoodOne(NewswireStack stack) throws Exception {
        Config config = config(stack, "poison");
        ContractBootstrap.run(config);
        EnrichTopics topics = EnrichTopics.from(config);
        byte[] randomBytes = new byte[64];
        new Random(6).nextBytes(randomBytes);
        randomBytes[0] = 7; // anything but the magic byte 0
        byte[] unknownSchemaId = ByteBuffer.allocate(9).put((byte) 0).putInt(999_999).putInt(42).array();

        try (EnrichService service = new EnrichService(config, new ArticleEnricher(), () -> { });
             KafkaProducer<String, byte[]> producer = producer(stack);
             TopicReader<DeadLetter> dlq = new TopicReader<>(stack.bootstrapServers(), topics.dlq(), deadLetters(config));
             TopicReader<EnrichedArticle> enriched = reader(stack, topics.enriched(), topics)) {
            service.start();
            producer.send(new ProducerRecord<>(topics.raw(), "random-bytes", randomBytes));
            producer.send(new ProducerRecord<>(topics.raw(), "unknown-schema-id", unknownSchemaId));
            producer.flush();

            // Committed before any good record follows: the dead letters' transaction does not wait for output.
            Map<String, DeadLetter> letters = await().atMost(TIMEOUT).until(
                    () -> dlq.poll().stream().collect(Collectors.toMap(ConsumerRecord::key, ConsumerRecord::value)),
                    m -> m.size() == 2);
            assertThat(letters.get("random-bytes").getCode()).isEqualTo("DESERIALIZATION");
            assertThat(letters.get("random-bytes").getDetail()).contains("unknown magic byte 0x07");
            assertThat(letters.get("random-bytes").getOriginalValue()).isEqualTo(ByteBuffer.wrap(randomBytes));
            assertThat(letters.get("unknown-schema-id").getDetail()).contains("unknown schema id 999999");
            assertThat(letters.get("unknown-schema-id").getOriginalValue()).isEqualTo(ByteBuffer.wrap(unknownSchemaId));
            assertThat(letters.values()).allSatisfy(letter -> {
                assertThat(letter.getReason()).isNotBlank();
                assertThat(letter.getSourceTopic()).isEqualTo(topics.raw());
                assertThat(letter.getSourceOffset()).isNotNull();
            });

            RawArticle good = SampleArticles.text(1, 3000);
            send(producer, topics, good);
            var out = await().atMost(TIMEOUT).until(enriched::poll, records -> !records.isEmpty());
            assertThat(out).singleElement().satisfies(r -> {
                assertThat(r.key()).isEqualTo(good.getId());
                assertThat(r.value().getEnrichment().getVersion()).isEqualTo(ArticleEnricher.VERSION);
            });
        }
    }

    @Test
    void opsEndpointsGoReadyWhenRunningAndCountRealRecords(NewswireStack stack) throws Exception {
        Config config = config(stack, "ops");
        ContractBootstrap.run(config);
        EnrichTopics topics = EnrichTopics.from(config);
        try (OpsServer ops = OpsServer.start(config, EnrichSettings.OPS_PORT);
             EnrichService service = new EnrichService(config, new ArticleEnricher(), () -> { }, ops.registry());
             KafkaProducer<String, byte[]> producer = producer(stack);
             TopicReader<EnrichedArticle> enriched = reader(stack, topics.enriched(), topics)) {
            ops.addChecks(service.readinessChecks());
            String base = ops.baseUrl();
            assertThat(Http.get(base + "/ready")).satisfies(r -> {
                assertThat(r.statusCode()).isEqualTo(503);
                assertThat(r.body()).contains("\"enrich-streams\":{\"ready\":false,\"detail\":\"Kafka Streams state CREATED\"");
            });

            service.start();
            await().atMost(TIMEOUT).until(() -> Http.status(base + "/ready") == 200);
            send(producer, topics, SampleArticles.text(11, 2000));
            producer.send(new ProducerRecord<>(topics.raw(), "garbage", new byte[] {7, 7, 7}));
            producer.flush();
            await().atMost(TIMEOUT).until(() -> !enriched.poll().isEmpty());

            await().atMost(TIMEOUT).untilAsserted(() -> assertThat(Http.get(base + "/metrics").body())
                    .contains("newswire_enrich_records_enriched_total 1.0")
                    .contains("newswire_enrich_processing_seconds_count 1")
                    .contains("newswire_dead_letters_total{reason=\"DESERIALIZATION\",stage=\"enrich\"} 1.0")
                    .containsPattern("newswire_enrich_date_method_total\\{method=\"[A-Z_]+\"} 1.0")
                    .contains("kafka_consumer_fetch_manager_records_lag_max{client_id=\"" + config.get(EnrichSettings.APPLICATION_ID)));
        }
    }

    @Test
    void sigkillAndRestartNeitherLosesNorDuplicatesArticles(NewswireStack stack) throws Exception {
        Config config = config(stack, "sigkill");
        ContractBootstrap.run(config);
        EnrichTopics topics = EnrichTopics.from(config);
        int count = 400;
        List<RawArticle> articles = IntStream.range(0, count).mapToObj(i -> SampleArticles.text(i, 1500)).toList();

        try (KafkaProducer<String, byte[]> producer = producer(stack);
             TopicReader<EnrichedArticle> enriched = reader(stack, topics.enriched(), topics)) {
            articles.forEach(article -> send(producer, topics, article));
            producer.flush();

            Process first = startEnrich(config);
            await().atMost(TIMEOUT).until(() -> enriched.poll().size() >= count / 10);
            first.destroyForcibly(); // SIGKILL: no commit, no leaving the group, an open transaction left behind
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            int beforeKill = enriched.poll().size();

            Process second = startEnrich(config);
            try {
                await().atMost(TIMEOUT).until(() -> enriched.poll().size() >= count);
                // Give a duplicate time to show: the same poll that saw the last article sees any later record.
                await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                        .until(() -> enriched.poll().size() == count);
            } finally {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
            }
            List<String> keys = enriched.poll().stream().map(ConsumerRecord::key).toList();
            assertThat(beforeKill).isLessThan(count);
            assertThat(keys).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(articles.stream().map(RawArticle::getId).toList());
        }
    }

    @Test
    void resetReplaysEveryArticleAndIsRefusedWhileEnrichRuns(NewswireStack stack) throws Exception {
        Config config = config(stack, "reset");
        ContractBootstrap.run(config);
        EnrichTopics topics = EnrichTopics.from(config);
        List<RawArticle> articles = IntStream.range(0, 20).mapToObj(i -> SampleArticles.text(1000 + i, 1500)).toList();

        try (KafkaProducer<String, byte[]> producer = producer(stack);
             TopicReader<EnrichedArticle> enriched = reader(stack, topics.enriched(), topics)) {
            articles.forEach(article -> send(producer, topics, article));
            producer.flush();

            Process first = startEnrich(config);
            try {
                await().atMost(TIMEOUT).until(() -> enriched.poll().size() == articles.size());
                assertThatThrownBy(() -> EnrichReset.rewindToEarliest(config))
                        .isInstanceOf(ConfigException.class)
                        .hasMessageContaining("cannot reset enrich: consumer group "
                                + config.get(EnrichSettings.APPLICATION_ID))
                        .hasMessageContaining("stop every enrich instance");
            } finally {
                first.destroy(); // SIGTERM: a clean stop that leaves the group
            }
            assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();

            Process replay = startEnrich(config, "--reset");
            try {
                await().atMost(TIMEOUT).until(() -> enriched.poll().size() == 2 * articles.size());
            } finally {
                replay.destroy();
                replay.waitFor(30, TimeUnit.SECONDS);
            }
            Map<String, Long> perKey = enriched.poll().stream()
                    .collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting()));
            assertThat(perKey).hasSize(articles.size()).allSatisfy((key, n) -> assertThat(n).isEqualTo(2L));
        }
    }

    /** A configuration whose topics and application id no other test uses. */
    private Config config(NewswireStack stack, String prefix) {
        String name = stack.uniqueName("enrich-" + prefix);
        List<Setting<?>> settings = new ArrayList<>(CommonSettings.all());
        settings.addAll(EnrichSettings.all());
        ConfigLoader loader = new ConfigLoader(settings);
        flags(stack, name).forEach(loader::flag);
        return loader.load();
    }

    private Map<String, String> flags(NewswireStack stack, String name) {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put(CommonSettings.BOOTSTRAP_SERVERS.key(), stack.bootstrapServers());
        flags.put(CommonSettings.SCHEMA_REGISTRY_URL.key(), stack.schemaRegistryUrl());
        flags.put(CommonSettings.TOPIC_RAW.key(), name + ".raw");
        flags.put(CommonSettings.TOPIC_ENRICHED.key(), name + ".enriched");
        flags.put(CommonSettings.TOPIC_ARTICLES.key(), name + ".articles");
        flags.put(CommonSettings.TOPIC_DLQ.key(), name + ".dlq");
        flags.put(EnrichSettings.APPLICATION_ID.key(), name);
        flags.put(EnrichSettings.STATE_DIR.key(), stateDir.resolve(name).toString());
        flags.put(EnrichSettings.OPS_PORT.key(), "0");
        // A killed instance stays in the group until its session times out (45s by default); the restart waits for it.
        flags.put("kafka.session.timeout.ms", "6000");
        return flags;
    }

    /** enrich in its own JVM, so that it can be killed for real. */
    private Process startEnrich(Config config, String... extraArgs) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EnrichMain.class.getName()));
        command.addAll(List.of(extraArgs));
        config.kafkaProperties().forEach((key, value) -> command.add("kafka." + key + "=" + value));
        for (Setting<?> s : List.of(CommonSettings.SCHEMA_REGISTRY_URL, CommonSettings.TOPIC_RAW,
                CommonSettings.TOPIC_ENRICHED, CommonSettings.TOPIC_ARTICLES, CommonSettings.TOPIC_DLQ,
                EnrichSettings.APPLICATION_ID, EnrichSettings.STATE_DIR, EnrichSettings.OPS_PORT)) {
            command.add(s.key() + "=" + format(config, s));
        }
        // Not inheritIO: the fork's stdout is the test runner's channel. The log stays in target/ for a failed run.
        Path log = Path.of("target", config.get(EnrichSettings.APPLICATION_ID) + ".log");
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    }

    private static <T> String format(Config config, Setting<T> setting) {
        return setting.type().format(config.get(setting));
    }

    private static KafkaProducer<String, byte[]> producer(NewswireStack stack) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static void send(KafkaProducer<String, byte[]> producer, EnrichTopics topics, RawArticle article) {
        producer.send(new ProducerRecord<>(topics.raw(), article.getId(),
                topics.rawSerde().serializer().serialize(topics.raw(), article)));
    }

    private static TopicReader<EnrichedArticle> reader(NewswireStack stack, String topic, EnrichTopics topics) {
        return new TopicReader<>(stack.bootstrapServers(), topic, topics.enrichedSerde().deserializer());
    }

    private static Deserializer<DeadLetter> deadLetters(Config config) {
        SpecificAvroDeserializer<DeadLetter> deserializer = new SpecificAvroDeserializer<>();
        deserializer.configure(KafkaClients.serdeConfig(config), false);
        return deserializer;
    }
}
