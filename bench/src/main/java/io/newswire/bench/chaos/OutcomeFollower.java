package io.newswire.bench.chaos;

import io.newswire.avro.DeadLetter;
import io.newswire.serde.KafkaAvroDeserializer;
import io.newswire.serde.SerdeConfig;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Follows news.articles and news.dlq while the run goes on (committed records only), to tell when every dropped file
 * has arrived somewhere. The final verification reads the topics again from scratch.
 */
final class OutcomeFollower implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaAvroDeserializer deadLetters = new KafkaAvroDeserializer();
    private final Set<String> articleIds = ConcurrentHashMap.newKeySet();
    private final Set<String> rejectedPaths = ConcurrentHashMap.newKeySet();
    private final Set<String> laterDeadLetterKeys = ConcurrentHashMap.newKeySet();
    private final RunClock clock;
    private final Thread thread;
    private volatile long lastRecordMillis;
    private volatile boolean stopping;

    OutcomeFollower(String bootstrapServers, String registryUrl, RunClock clock) {
        this.clock = clock;
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "chaos-outcome-follower");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        deadLetters.configure(Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, registryUrl, SerdeConfig.SPECIFIC_AVRO_READER, true), false);
        thread = new Thread(this::follow, "outcome-follower");
        thread.setDaemon(true);
    }

    OutcomeFollower start() {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.ARTICLES, Topics.DLQ)) {
            consumer.partitionsFor(topic, Duration.ofMinutes(1))
                    .forEach(p -> partitions.add(new TopicPartition(topic, p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        thread.start();
        return this;
    }

    /** Whether this file has arrived in news.articles or news.dlq. */
    boolean arrived(Dropped f) {
        return articleIds.contains(f.expectedId()) || rejectedPaths.contains(f.relativePath())
                || laterDeadLetterKeys.contains(f.rawId()) || laterDeadLetterKeys.contains(f.expectedId());
    }

    /** Run time of the last record seen. */
    long lastRecordMillis() {
        return lastRecordMillis;
    }

    private void follow() {
        try {
            while (!stopping) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    lastRecordMillis = clock.millis();
                    if (r.topic().equals(Topics.ARTICLES)) {
                        articleIds.add(r.key());
                    } else if (r.value() != null) {
                        DeadLetter d = (DeadLetter) deadLetters.deserialize(r.topic(), r.value());
                        if ("ingest".equals(d.getStage()) && d.getRelativePath() != null) {
                            rejectedPaths.add(d.getRelativePath());
                        } else if (d.getOriginalKey() != null) {
                            laterDeadLetterKeys.add(StandardCharsets.UTF_8.decode(d.getOriginalKey()).toString());
                        }
                    }
                }
            }
        } catch (WakeupException e) {
            // closing
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopping = true;
        consumer.wakeup();
        thread.join(10_000);
        consumer.close();
    }
}
