package io.newswire.enrich.topology;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.enrich.ArticleEnricher;
import io.newswire.local.LocalStack;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.config.Setting;
import io.newswire.platform.topics.ContractBootstrap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Throughput of enrich alone on the embedded broker and registry: preloads news.raw with N raw articles of about
 * 3.5 KB, then times the enrich application from start until a read_committed consumer has seen all N in
 * news.enriched. Also times the enrichment library alone on the same articles, to show what Kafka costs on top.
 * Not a test; run from the project folder:
 *
 * <pre>{@code
 * mvn -o -q -pl enrich exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.newswire.enrich.topology.EnrichThroughputBenchmark -Dexec.args="20000 1"
 * }</pre>
 *
 * Arguments: the number of articles (default 20000) and {@code enrich.threads} (default 1).
 */
public final class EnrichThroughputBenchmark {
    private static final int ARTICLE_BYTES = 3500;

    private EnrichThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        List<RawArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(SampleArticles.text(i, ARTICLE_BYTES));
        }
        libraryAlone(articles);
        try (LocalStack stack = LocalStack.builder().build().start()) {
            Config config = config(stack, threads);
            ContractBootstrap.run(config);
            EnrichTopics topics = EnrichTopics.from(config);
            preload(stack, topics, articles);
            try (TopicReader<EnrichedArticle> enriched = new TopicReader<>(stack.bootstrapServers(), topics.enriched(),
                    topics.enrichedSerde().deserializer());
                 EnrichService service = new EnrichService(config, new ArticleEnricher(), () -> { })) {
                long start = System.nanoTime();
                service.start();
                while (distinctKeys(enriched.poll()) < count) {
                    if (Duration.ofNanos(System.nanoTime() - start).toMinutes() > 30) {
                        throw new IllegalStateException("enrich did not catch up within 30 minutes");
                    }
                }
                report("enrich on Kafka (exactly-once, " + threads + " thread(s), start to caught up)", count,
                        System.nanoTime() - start);
                System.out.printf("read_committed records in news.enriched: %d for %d articles%n",
                        enriched.poll().size(), count);
            }
        }
    }

    private static long distinctKeys(List<ConsumerRecord<String, EnrichedArticle>> records) {
        return records.stream().map(ConsumerRecord::key).distinct().count();
    }

    /** The library alone, single-threaded, after a warm-up: the ceiling for one stream thread. */
    private static void libraryAlone(List<RawArticle> articles) {
        ArticleEnricher enricher = new ArticleEnricher();
        int warmUp = Math.min(2000, articles.size());
        articles.subList(0, warmUp).forEach(enricher::enrich);
        long start = System.nanoTime();
        articles.forEach(enricher::enrich);
        report("ArticleEnricher alone (1 thread, warm)", articles.size(), System.nanoTime() - start);
    }

    private static void preload(LocalStack stack, EnrichTopics topics, List<RawArticle> articles) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
                ProducerConfig.LINGER_MS_CONFIG, 20), new StringSerializer(), new ByteArraySerializer())) {
            for (RawArticle article : articles) {
                producer.send(new ProducerRecord<>(topics.raw(), article.getId(),
                        topics.rawSerde().serializer().serialize(topics.raw(), article)));
            }
        }
    }

    private static Config config(LocalStack stack, int threads) {
        List<Setting<?>> settings = new ArrayList<>(CommonSettings.all());
        settings.addAll(EnrichSettings.all());
        return new ConfigLoader(settings)
                .flag(CommonSettings.BOOTSTRAP_SERVERS.key(), stack.bootstrapServers())
                .flag(CommonSettings.SCHEMA_REGISTRY_URL.key(), stack.schemaRegistryUrl())
                .flag(EnrichSettings.THREADS.key(), String.valueOf(threads))
                .flag(EnrichSettings.STATE_DIR.key(), System.getProperty("java.io.tmpdir") + "/newswire-enrich-bench-"
                        + ProcessHandle.current().pid())
                .load();
    }

    private static void report(String what, int count, long nanos) {
        double seconds = nanos / 1e9;
        System.out.printf("%s: %d articles in %.1f s = %.0f records/s%n", what, count, seconds, count / seconds);
    }
}
