package io.newswire.ingest;

import io.newswire.ingest.publish.Publisher;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.errors.TimeoutException;

/** A publisher for unit tests: acknowledges on another thread, or fails as a broker outage does while {@link #down} is set. */
final class FakePublisher implements Publisher {
    record Sent(String topic, String key, Object value) {
    }

    final List<Sent> acked = new CopyOnWriteArrayList<>();
    final AtomicBoolean down = new AtomicBoolean();
    volatile int failures;
    /** Records of news.raw whose content is longer than this fail as too large for the topic. */
    volatile int maxContentChars = Integer.MAX_VALUE;

    @Override
    public CompletableFuture<Void> send(String topic, String key, Object value) {
        return CompletableFuture.runAsync(() -> {
            if (value instanceof io.newswire.avro.RawArticle r && r.getContent().length() > maxContentChars) {
                throw new org.apache.kafka.common.errors.RecordTooLargeException("The message is too large (fake)");
            }
            if (down.get()) {
                failures++;
                throw new TimeoutException("Expiring 1 record(s): broker down (fake)");
            }
            acked.add(new Sent(topic, key, value));
        });
    }

    List<Object> values(String topic) {
        return acked.stream().filter(s -> s.topic().equals(topic)).map(Sent::value).toList();
    }

    @Override
    public void close() {
    }
}
