package io.newswire.ingest.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.ingest.IngestMain;
import io.newswire.ingest.IngestService;
import io.newswire.ingest.IngestSettings;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.config.Setting;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.tools.ProducerPerformance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ingest benchmark, not a timed test: it prints figures and asserts only that the work was done. Run it with
 * {@code ./mvnw -pl ingest verify -Pbench -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false}. Results also go to {@code target/ingest-benchmark.txt}.
 *
 * <ol>
 *   <li>Backlog: 50,000 files of about 3 KB, ingested with {@code --once} by a child JVM with a 192 MiB heap (the GC log
 *   shows the heap it really used).</li>
 *   <li>Reference: Kafka's producer-perf-test against the same broker, same record count and size, same producer
 *   settings (acks=all, idempotence, lz4, linger 10 ms, 256 KiB batches).</li>
 *   <li>Latency: files dropped at 200 per second (atomic rename); drop to broker append time (the topic uses
 *   LogAppendTime, so the record's timestamp is when the broker wrote it) at p50/p99/max, with the default stable
 *   time and with 50 ms.</li>
 * </ol>
 */
@NewswireStackTest
class IngestBenchmarkIT {
    private static final int BACKLOG_FILES = Integer.getInteger("newswire.bench.files", 50_000);
    private static final int FILE_BYTES = 3000;
    private static final int DROP_RATE = 200;
    private static final Duration DROP_DURATION = Duration.ofSeconds(Long.getLong("newswire.bench.latency-seconds", 20));
    private static final Pattern BACKLOG_DONE = Pattern.compile("backlog done: (\\d+) file\\(s\\) in \\S+, (\\d+) files/s");
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");
    private static final Pattern PERF = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\)");

    @TempDir
    Path tmp;

    private final StringBuilder report = new StringBuilder();

    @Test
    void benchmark(NewswireStack stack) throws Exception {
        line("ingest benchmark, %d cores, %s", Runtime.getRuntime().availableProcessors(), stack);
        double ingestRate = backlog(stack);
        double perfRate = producerPerfTest(stack);
        line("ratio ingest / producer-perf-test: %.2f", ingestRate / perfRate);
        if (!DROP_DURATION.isZero()) {
            latency(stack, "100ms");
            latency(stack, "250ms");
        }
        Path out = Path.of("target", "ingest-benchmark.txt");
        Files.writeString(out, report);
        System.out.println(report);
    }

    private double backlog(NewswireStack stack) throws Exception {
        Path inbox = tmp.resolve("backlog");
        for (int i = 0; i < BACKLOG_FILES; i++) {
            Path f = inbox.resolve("src" + (i % 50)).resolve("article-" + i + ".txt");
            Files.createDirectories(f.getParent());
            Files.write(f, article("backlog " + i));
        }
        Thread.sleep(500);
        Path logback = tmp.resolve("bench-logback.xml");
        Files.writeString(logback, """
                <configuration>
                  <statusListener class="ch.qos.logback.core.status.NopStatusListener"/>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n</pattern></encoder>
                  </appender>
                  <logger name="io.newswire.ingest" level="INFO"/>
                  <root level="WARN"><appender-ref ref="OUT"/></root>
                </configuration>
                """);
        Path gcLog = tmp.resolve("gc.log");
        Path out = Path.of("target", "ingest-benchmark-backlog.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx192m", "-Xlog:gc:file=" + gcLog, "-Dlogback.configurationFile=" + logback));
        String extraJvmArgs = System.getProperty("newswire.bench.jvm-args", "");
        if (!extraJvmArgs.isBlank()) {
            cmd.addAll(Arrays.asList(extraJvmArgs.strip().split("\\s+")));
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), IngestMain.class.getName(), "--once"));
        for (String s : settings(stack, inbox, stack.uniqueName("bench-raw"), "100ms")) {
            cmd.add("--set");
            cmd.add(s);
        }
        cmd.addAll(List.of("--set", "ingest.progress=log", "--set", "ingest.progress-interval=2s"));
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
        double wall = (System.nanoTime() - start) / 1e9;
        String log = Files.readString(out);
        assertThat(p.exitValue()).as(log).isZero();
        Matcher m = BACKLOG_DONE.matcher(log);
        assertThat(m.find()).as(log).isTrue();
        double rate = Double.parseDouble(m.group(2));
        line("backlog: %s files of %d bytes: %.0f files/s during the backlog (%.1f s wall time for the whole child JVM, "
                + "start-up included: %.0f files/s)", m.group(1), FILE_BYTES, rate, wall, BACKLOG_FILES / wall);
        long maxAfter = 0;
        long maxBefore = 0;
        Matcher g = GC_LINE.matcher(Files.readString(gcLog));
        while (g.find()) {
            maxBefore = Math.max(maxBefore, Long.parseLong(g.group(1)));
            maxAfter = Math.max(maxAfter, Long.parseLong(g.group(2)));
        }
        line("heap: -Xmx192m; largest heap before a GC %d MiB, largest live heap after a GC %d MiB", maxBefore, maxAfter);
        return rate;
    }

    private double producerPerfTest(NewswireStack stack) throws Exception {
        String topic = stack.uniqueName("bench-perf");
        try (Admin admin = Admin.create(stack.adminProperties())) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            ProducerPerformance.main(new String[] {"--topic", topic, "--num-records", String.valueOf(BACKLOG_FILES),
                    "--record-size", String.valueOf(FILE_BYTES), "--throughput", "-1", "--producer-props",
                    "bootstrap.servers=" + stack.bootstrapServers(), "acks=all", "enable.idempotence=true",
                    "compression.type=lz4", "linger.ms=10", "batch.size=262144"});
        } finally {
            System.setOut(original);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        Matcher m = PERF.matcher(text);
        String last = null;
        while (m.find()) {
            last = m.group(0);
        }
        assertThat(last).as(text).isNotNull();
        Matcher fin = PERF.matcher(last);
        assertThat(fin.find()).isTrue();
        line("producer-perf-test: %s", text.strip().lines().reduce((a, b) -> b).orElse(""));
        return Double.parseDouble(fin.group(2));
    }

    private void latency(NewswireStack stack, String stableTime) throws Exception {
        Path inbox = tmp.resolve("latency-" + stableTime);
        Files.createDirectories(inbox);
        String topic = stack.uniqueName("bench-latency");
        try (Admin admin = Admin.create(stack.adminProperties())) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1)
                    .configs(Map.of(TopicConfig.MESSAGE_TIMESTAMP_TYPE_CONFIG, "LogAppendTime")))).all().get();
        }
        int total = (int) (DROP_RATE * DROP_DURATION.toSeconds());
        try (IngestService service = new IngestService(config(settings(stack, inbox, topic, stableTime)))) {
            service.start();
            Thread.sleep(2000);
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + i * 1_000_000_000L / DROP_RATE;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                Path part = inbox.resolve("drop-" + i + ".txt.part");
                Files.write(part, article("dropped-at " + System.currentTimeMillis() + " "));
                Files.move(part, inbox.resolve("drop-" + i + ".txt"), StandardCopyOption.ATOMIC_MOVE);
            }
            long deadline = System.currentTimeMillis() + 30_000;
            while (service.summary().publishedFiles() < total && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertThat(service.summary().publishedFiles()).isEqualTo(total);
        }
        long[] latencies = readLatencies(stack, topic);
        Arrays.sort(latencies);
        line("latency at %d files/s for %ds, stable time %s: drop to broker append p50 %d ms, p99 %d ms, max %d ms (%d files)",
                DROP_RATE, DROP_DURATION.toSeconds(), stableTime, pct(latencies, 0.50), pct(latencies, 0.99),
                latencies[latencies.length - 1], latencies.length);
    }

    private static long[] readLatencies(NewswireStack stack, String topic) {
        Map<String, Object> c = new HashMap<>(stack.adminProperties());
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        List<Long> out = new ArrayList<>();
        Pattern dropped = Pattern.compile("dropped-at (\\d+) ");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(parts);
            consumer.seekToBeginning(parts);
            Map<TopicPartition, Long> end = consumer.endOffsets(parts);
            while (parts.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    // The Avro value holds the content as UTF-8; the drop time is found in it as text.
                    Matcher m = dropped.matcher(new String(r.value(), StandardCharsets.ISO_8859_1));
                    if (m.find()) {
                        out.add(r.timestamp() - Long.parseLong(m.group(1)));
                    }
                }
            }
        }
        return out.stream().mapToLong(Long::longValue).toArray();
    }

    private static List<String> settings(NewswireStack stack, Path inbox, String rawTopic, String stableTime) {
        return List.of("kafka.bootstrap.servers=" + stack.bootstrapServers(), "schema.registry.url=" + stack.schemaRegistryUrl(),
                "topics.raw=" + rawTopic, "topics.dlq=" + rawTopic + "-dlq", "topics.replication-factor=1",
                "ingest.inbox=" + inbox, "ingest.stable-time=" + stableTime, "ingest.progress=off");
    }

    private static io.newswire.platform.config.Config config(List<String> assignments) {
        List<Setting<?>> declared = new ArrayList<>(CommonSettings.all());
        declared.addAll(IngestSettings.all());
        ConfigLoader loader = new ConfigLoader(declared);
        assignments.forEach(loader::flag);
        return loader.load();
    }

    /** About FILE_BYTES of article text starting with {@code head}. */
    private static byte[] article(String head) {
        StringBuilder sb = new StringBuilder(FILE_BYTES).append(head).append('\n');
        String words = "The minister said on Tuesday that the talks would continue next week in Geneva. ";
        while (sb.length() < FILE_BYTES) {
            sb.append(words);
        }
        sb.setLength(FILE_BYTES);
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long pct(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }

    private void line(String format, Object... args) {
        report.append(String.format(format, args)).append('\n');
    }
}
