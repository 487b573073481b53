package io.newswire.bench.pipeline;

import io.newswire.bench.articles.ArticleFile;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows news.articles as another team's consumer would (committed records only) and notes when each expected
 * article first becomes visible. Records are matched by key, the article id; values are not decoded.
 */
final class ArticleObserver implements AutoCloseable {
    static final long UNSEEN = Long.MIN_VALUE;

    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile Batch current;
    private volatile boolean closed;

    ArticleObserver(String bootstrapServers, String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "bench-observer");
        Deserializer<byte[]> skipValue = (t, data) -> null;
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), skipValue);
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now: only what comes after counts
        thread = new Thread(this::run, "bench-observer");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts watching for these files' articles; from now on, records of earlier batches are ignored. */
    Batch watch(List<ArticleFile> files) {
        Batch batch = new Batch(files);
        current = batch;
        return batch;
    }

    private void run() {
        try {
            while (!closed) {
                var records = consumer.poll(Duration.ofMillis(100));
                long now = System.nanoTime();
                Batch batch = current;
                if (batch != null) {
                    for (ConsumerRecord<String, byte[]> r : records) {
                        batch.seen(r.key(), now);
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() throws InterruptedException {
        closed = true;
        consumer.wakeup();
        thread.join(10_000);
    }

    /** The articles of one run and when each became visible ({@link System#nanoTime()}, or {@link #UNSEEN}). */
    static final class Batch {
        private final Map<String, Integer> index = new HashMap<>();
        private final long[] visibleAt;
        private final AtomicInteger seen = new AtomicInteger();

        Batch(List<ArticleFile> files) {
            visibleAt = new long[files.size()];
            Arrays.fill(visibleAt, UNSEEN);
            for (int i = 0; i < files.size(); i++) {
                ArticleFile f = files.get(i);
                // The id is the URL's hash when enrich takes the URL as canonical, else the content hash: accept either.
                index.put(f.contentId(), i);
                if (f.urlId() != null) {
                    index.put(f.urlId(), i);
                }
            }
        }

        private void seen(String key, long now) {
            Integer i = key == null ? null : index.get(key);
            if (i != null && visibleAt[i] == UNSEEN) {
                visibleAt[i] = now;
                seen.incrementAndGet();
            }
        }

        int seen() {
            return seen.get();
        }

        int size() {
            return visibleAt.length;
        }

        /**
         * Waits until every article was seen, or none came for {@code idle}; true when all were seen. Calls
         * {@code progress} with the count seen every {@code reportEvery}.
         */
        boolean awaitAll(Duration idle, Duration reportEvery, IntConsumer progress) throws InterruptedException {
            int last = -1;
            long lastProgress = System.nanoTime();
            long nextReport = System.nanoTime() + reportEvery.toNanos();
            while (seen() < size()) {
                int now = seen();
                long time = System.nanoTime();
                if (now != last) {
                    last = now;
                    lastProgress = time;
                } else if (time - lastProgress > idle.toNanos()) {
                    return false;
                }
                if (time >= nextReport) {
                    progress.accept(now);
                    nextReport = time + reportEvery.toNanos();
                }
                Thread.sleep(20);
            }
            return true;
        }

        /** When each article became visible; read after {@link #awaitAll} (the count's read orders the writes). */
        long[] visibleAt() {
            seen();
            return visibleAt.clone();
        }
    }
}
