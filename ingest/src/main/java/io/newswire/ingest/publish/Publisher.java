package io.newswire.ingest.publish;

import java.util.concurrent.CompletableFuture;

/** Sends records; the future completes when the broker has acknowledged the record (acks=all), or fails. */
public interface Publisher extends AutoCloseable {

    /** Never throws: a failure to even hand the record over completes the future exceptionally. */
    CompletableFuture<Void> send(String topic, String key, Object value);

    @Override
    void close();
}
