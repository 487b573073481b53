package io.newswire.sink;

import io.newswire.avro.EnrichedArticle;
import io.newswire.local.LocalStack;
import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.config.Setting;
import io.newswire.platform.topics.ContractBootstrap;
import io.newswire.testkit.Articles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Throughput of the sink alone, on the embedded broker and registry: preloads N distinct articles into news.enriched,
 * of about 3 KB each, then times one sink instance (exactly-once) from start until news.articles holds N committed records. A runnable
 * program, not a test:
 * <pre>
 * mvn -q -o -pl sink test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.newswire.sink.SinkBenchmark -Dexec.args=20000
 * </pre>
 */
public final class SinkBenchmark {
    private static final int DEFAULT_ARTICLES = 20_000;
    /** About the size of a real article body (3 KB), so the figure reflects realistic record sizes. */
    private static final String BODY = "Officials met in Singapore on Tuesday to discuss the summit. ".repeat(50);

    private SinkBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_ARTICLES;
        Path stateDir = Files.createTempDirectory("sink-benchmark");
        try (LocalStack stack = LocalStack.builder().build().start()) {
            Config config = config(stack, stateDir);
            ContractBootstrap.run(config);
            preload(config, articles);

            long start = System.nanoTime();
            long firstOutput = 0;
            try (SinkService sink = SinkService.start(config);
                 KafkaConsumer<byte[], byte[]> output = committedReader(config)) {
                List<TopicPartition> partitions = output.partitionsFor(SinkTopics.from(config).articles()).stream()
                        .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                output.assign(partitions);
                long written;
                do {
                    Thread.sleep(50);
                    // For a read_committed consumer the end offsets stop at the last committed transaction.
                    written = output.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum();
                    if (written > 0 && firstOutput == 0) {
                        firstOutput = System.nanoTime();
                    }
                } while (written < articles);
            }
            double total = (System.nanoTime() - start) / 1e9;
            double processing = (System.nanoTime() - firstOutput) / 1e9;
            System.out.printf("sink: %d articles in %.1f s from start (%.0f records/s), %.1f s from first output "
                    + "(%.0f records/s), exactly_once_v2, %d cores%n", articles, total, articles / total, processing,
                    articles / processing, Runtime.getRuntime().availableProcessors());
        }
    }

    private static Config config(LocalStack stack, Path stateDir) {
        List<Setting<?>> settings = new ArrayList<>(CommonSettings.all());
        settings.addAll(SinkSettings.all());
        return new ConfigLoader(settings)
                .flag(CommonSettings.BOOTSTRAP_SERVERS.key(), stack.bootstrapServers())
                .flag(CommonSettings.SCHEMA_REGISTRY_URL.key(), stack.schemaRegistryUrl())
                .flag(SinkSettings.STATE_DIR.key(), stateDir.toString())
                .flag(SinkSettings.HTTP_PORT.key(), "0")
                .load();
    }

    private static void preload(Config config, int articles) {
        Map<String, Object> props = KafkaClients.common(config);
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(CommonSettings.BOOTSTRAP_SERVERS));
        props.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (var producer = new KafkaProducer<>(props, new StringSerializer(),
                KafkaClients.<EnrichedArticle>valueSerde(config).serializer())) {
            for (int i = 0; i < articles; i++) {
                String id = "bench-" + i;
                EnrichedArticle article = EnrichedArticle.newBuilder(Articles.article(id)).setText(BODY).build();
                producer.send(new ProducerRecord<>(SinkTopics.from(config).enriched(), id, article));
            }
            producer.flush();
        }
    }

    private static KafkaConsumer<byte[], byte[]> committedReader(Config config) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.get(CommonSettings.BOOTSTRAP_SERVERS),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }
}
