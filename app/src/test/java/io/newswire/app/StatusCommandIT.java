package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.DeadLetter;
import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.topics.ContractBootstrap;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code newswire status} against the real broker and registry, on topics and groups of its own. */
@NewswireStackTest
class StatusCommandIT {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void showsTopicsGroupLagDeadLettersAndTheInbox(NewswireStack stack) throws Exception {
        String name = stack.uniqueName("status");
        String enrichGroup = name + "-enrich";
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Files.writeString(inbox.resolve("waiting-1.txt"), "a");
        Files.writeString(inbox.resolve("waiting-2.txt"), "b");
        List<String> flags = List.of("--bootstrap-server", stack.bootstrapServers(),
                "--schema-registry-url", stack.schemaRegistryUrl(),
                "--set", "topics.raw=" + name + ".raw", "--set", "topics.enriched=" + name + ".enriched",
                "--set", "topics.articles=" + name + ".articles", "--set", "topics.dlq=" + name + ".dlq",
                "--set", "topics.replication-factor=1",
                "--set", "enrich.application-id=" + enrichGroup, "--set", "sink.application-id=" + name + "-sink",
                "--set", "ingest.inbox=" + inbox);
        Config config = config(flags);
        ContractBootstrap.run(config);

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < 3; i++) {
                producer.send(new ProducerRecord<>(name + ".raw", 0, "r" + i, new byte[] {1})).get();
            }
            var serializer = KafkaClients.<DeadLetter>valueSerde(config).serializer();
            producer.send(new ProducerRecord<>(name + ".dlq", 0, "x", serializer.serialize(name + ".dlq",
                    letter("ingest", "EMPTY_FILE", "The file is empty.", Instant.now().minusSeconds(60)).setRelativePath("tass/empty.txt").build()))).get();
            producer.send(new ProducerRecord<>(name + ".dlq", 1, "y", serializer.serialize(name + ".dlq",
                    letter("enrich", "DESERIALIZATION", "Not Avro.", Instant.now()).setSourceTopic(name + ".raw")
                            .setSourcePartition(2).setSourceOffset(7L).build()))).get();
        }
        commit(stack, enrichGroup, new TopicPartition(name + ".raw", 0), 1);

        // Records flowing into the articles topic while status samples: its rate is above zero.
        AtomicBoolean flowing = new AtomicBoolean(true);
        CompletableFuture<Void> flow = CompletableFuture.runAsync(() -> produceUntilStopped(stack, name + ".articles", flowing));
        int exit;
        try {
            List<String> args = new ArrayList<>(List.of("status", "--interval", "1s"));
            args.addAll(flags);
            exit = run(args.toArray(String[]::new));
        } finally {
            flowing.set(false);
            flow.join();
        }

        String screen = out.toString();
        assertThat(exit).as(err.toString()).isZero();
        assertThat(screen).containsPattern(name + "\\.raw +4 partitions +end +3 +0\\.0/s")
                .containsPattern(name + "\\.articles +4 partitions +end +[1-9][0-9,]* +[0-9.,]*[1-9][0-9.,]*/s")
                .containsPattern(name + "\\.dlq +4 partitions +end +2 ");
        assertThat(screen).containsPattern(enrichGroup + " +Empty, 0 members +" + name + "\\.raw +lag +2  \\(3 partitions not committed yet\\)")
                .containsPattern(name + "-sink .* " + name + "\\.enriched +lag +0  \\(4 partitions not committed yet\\)");
        assertThat(screen).contains("Dead letters: 2 in " + name + ".dlq; the latest 2:")
                .containsPattern("enrich +DESERIALIZATION +" + name + "\\.raw-2@7 +Not Avro\\.")
                .containsPattern("ingest +EMPTY_FILE +tass/empty\\.txt +The file is empty\\.");
        assertThat(screen.indexOf("DESERIALIZATION")).as("newest first").isLessThan(screen.indexOf("EMPTY_FILE"));
        assertThat(screen).contains("Inbox " + inbox.toAbsolutePath() + ": 2 files waiting");
    }

    @Test
    void anUnreachableClusterIsOneMessageAndExitCode1() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        long start = System.nanoTime();
        int exit = run("status", "--bootstrap-server", "127.0.0.1:" + closed, "--timeout", "2s", "--interval", "100ms");
        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("newswire status: no answer from Kafka at 127.0.0.1:" + closed
                + " within 2 s").doesNotContain("\n");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("bounded by the timeout").isLessThan(Duration.ofSeconds(30));
        assertThat(out.toString()).isEmpty();
    }

    private int run(String... args) {
        CommandLine cl = Newswire.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private static Config config(List<String> flags) {
        ConfigLoader loader = new ConfigLoader(SettingsCatalog.all());
        for (int i = 0; i < flags.size(); i += 2) {
            switch (flags.get(i)) {
                case "--bootstrap-server" -> loader.flag(CommonSettings.BOOTSTRAP_SERVERS.key(), flags.get(i + 1));
                case "--schema-registry-url" -> loader.flag(CommonSettings.SCHEMA_REGISTRY_URL.key(), flags.get(i + 1));
                default -> loader.flag(flags.get(i + 1));
            }
        }
        return loader.load();
    }

    private static DeadLetter.Builder letter(String stage, String code, String reason, Instant at) {
        return DeadLetter.newBuilder().setStage(stage).setCode(code).setReason(reason).setOccurredAt(at);
    }

    private static void commit(NewswireStack stack, String group, TopicPartition tp, long offset) {
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(), ConsumerConfig.GROUP_ID_CONFIG, group),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.commitSync(Map.of(tp, new OffsetAndMetadata(offset)));
        }
    }

    private static void produceUntilStopped(NewswireStack stack, String topic, AtomicBoolean flowing) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(), ProducerConfig.LINGER_MS_CONFIG, 0),
                new StringSerializer(), new ByteArraySerializer())) {
            int i = 0;
            while (flowing.get()) {
                producer.send(new ProducerRecord<>(topic, "k" + i++, new byte[] {1}));
                Thread.sleep(20);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
