package io.newswire.bench.pipeline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.tools.ProducerPerformance;

/**
 * The reference limit: Kafka's own producer-perf-test against the same broker, with the articles themselves as
 * payloads (so record size and compressibility match) and ingest's producer settings (acks=all, idempotence, lz4,
 * linger 10 ms, 256 KiB batches), to a topic with as many partitions as news.raw.
 */
final class ProducerReference {
    /** What producer-perf-test measured. */
    record Result(long records, double recordsPerSecond, double megabytesPerSecond, double averageRecordBytes,
                  String summaryLine) {
    }

    static final String TOPIC = "bench.producer-perf-test";
    /** Separates payloads in the payload file; never occurs in an article. */
    static final String DELIMITER = "\u0001\u0002NEWSWIRE-PAYLOAD\u0002\u0001";
    private static final Pattern SUMMARY = Pattern.compile(
            "(\\d+) records sent, ([\\d.]+) records/sec \\(([\\d.]+) MB/sec\\).*");

    private ProducerReference() {
    }

    /**
     * Runs producer-perf-test for {@code records} records drawn from {@code payloads} (files whose bytes become the
     * record values); its output goes to {@code log}.
     */
    static Result run(String bootstrapServers, long records, List<Path> payloads, Path workDir, int partitions)
            throws IOException, InterruptedException {
        Path payloadFile = workDir.resolve("producer-perf-test.payloads");
        long payloadBytes = 0;
        StringBuilder joined = new StringBuilder();
        for (Path p : payloads) {
            String text = Files.readString(p, StandardCharsets.UTF_8);
            payloadBytes += text.getBytes(StandardCharsets.UTF_8).length;
            joined.append(text).append(DELIMITER);
        }
        Files.writeString(payloadFile, joined, StandardCharsets.UTF_8);
        createTopic(bootstrapServers, partitions);
        String output = capturingStdout(() -> ProducerPerformance.main(new String[] {"--topic", TOPIC,
                "--num-records", String.valueOf(records), "--payload-file", payloadFile.toString(),
                "--payload-delimiter", DELIMITER, "--throughput", "-1", "--producer-props",
                "bootstrap.servers=" + bootstrapServers, "acks=all", "enable.idempotence=true", "compression.type=lz4",
                "linger.ms=10", "batch.size=262144"}));
        Files.writeString(workDir.resolve("producer-perf-test.log"), output);
        return parse(output, (double) payloadBytes / payloads.size());
    }

    /** The final summary line of producer-perf-test's output. */
    static Result parse(String output, double averageRecordBytes) {
        String last = null;
        for (String line : output.lines().toList()) {
            if (SUMMARY.matcher(line.strip()).matches()) {
                last = line.strip();
            }
        }
        if (last == null) {
            throw new IllegalStateException("producer-perf-test printed no summary:\n" + output);
        }
        Matcher m = SUMMARY.matcher(last);
        m.matches();
        return new Result(Long.parseLong(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3)),
                averageRecordBytes, last);
    }

    private static void createTopic(String bootstrapServers, int partitions) throws InterruptedException {
        Map<String, Object> props = new HashMap<>();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic(TOPIC, partitions, (short) 1))).all().get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("cannot create " + TOPIC + ": " + e.getCause(), e.getCause());
        }
    }

    /** producer-perf-test reports on System.out; its lines are captured and returned. */
    private static synchronized String capturingStdout(Task task) throws IOException {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            task.run();
        } catch (Exception e) {
            throw new IOException("producer-perf-test failed: " + e + "\n" + captured.toString(StandardCharsets.UTF_8), e);
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    private interface Task {
        void run() throws Exception;
    }
}
