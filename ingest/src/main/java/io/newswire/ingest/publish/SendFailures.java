package io.newswire.ingest.publish;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;

/**
 * Tells the one kind of send failure that is the record's fault (too large for the producer, broker or topic) from
 * everything else (broker down or slow, registry unreachable, authorization), which is the infrastructure's and is
 * retried forever: a file is never rejected because Kafka was unavailable.
 */
public final class SendFailures {
    private SendFailures() {
    }

    public static Throwable unwrap(Throwable t) {
        Throwable e = t;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        return e;
    }

    public static boolean isRecordTooLarge(Throwable t) {
        Throwable e = unwrap(t);
        return e instanceof RecordTooLargeException || e instanceof RecordBatchTooLargeException;
    }
}
