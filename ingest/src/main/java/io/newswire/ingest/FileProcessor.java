package io.newswire.ingest;

import io.newswire.avro.RawArticle;
import io.newswire.ingest.claim.ClaimArea;
import io.newswire.ingest.claim.ClaimedFile;
import io.newswire.ingest.outcome.DonePolicy;
import io.newswire.ingest.outcome.FailedFolder;
import io.newswire.ingest.progress.Progress;
import io.newswire.ingest.publish.Backoff;
import io.newswire.ingest.publish.DeadLetters;
import io.newswire.ingest.publish.PublishHealth;
import io.newswire.ingest.publish.Publisher;
import io.newswire.ingest.publish.SendFailures;
import io.newswire.ingest.read.ArticleReader;
import io.newswire.ingest.read.LineRejection;
import io.newswire.ingest.read.ReadResult;
import io.newswire.ingest.read.Rejection;
import io.newswire.ingest.read.RejectionCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes one claimed file to its single outcome. Reading and sending run on the worker threads; acknowledgements
 * arrive on the producer's thread and are handed to the finisher thread, which moves files, so the producer is never
 * held up by the file system.
 *
 * <p>The order is what makes crashes harmless: a file leaves the claim area only after the broker acknowledged every
 * record made from it (to done) or its dead letter (to failed). A crash before that leaves it in the claim area, from
 * where it is processed again at the next start; the re-sent records have the same key (the content hash), so
 * downstream sees a duplicate by key, never a loss. A send that fails is retried with backoff, forever: a file is
 * never rejected or archived because Kafka was unavailable.
 */
final class FileProcessor {
    private static final Logger LOG = LoggerFactory.getLogger(FileProcessor.class);
    /** Rejected lines listed in a sidecar; beyond that only their count (each has its dead letter anyway). */
    private static final int MAX_SIDECAR_LINES = 1000;

    /**
     * Where the file's run is; {@code holdsPermit} is false for recovered files, which are not counted in flight.
     * {@code droppedAtMillis} is when the file was dropped into the inbox, or {@link #UNKNOWN_DROP} for files
     * recovered from a claim area.
     */
    record Job(ClaimedFile file, boolean holdsPermit, long droppedAtMillis) {
        static final long UNKNOWN_DROP = -1;

        static Job recovered(ClaimedFile file) {
            return new Job(file, false, UNKNOWN_DROP);
        }
    }

    /** The services a processor needs, wired by {@link IngestService}. */
    record Wiring(ArticleReader reader, Publisher publisher, String rawTopic, String dlqTopic, DeadLetters deadLetters,
                  DonePolicy donePolicy, FailedFolder failed, ClaimArea claimArea, Backoff backoff,
                  Executor workers, Executor finisher, ScheduledExecutorService scheduler, Clock clock) {
    }

    /** Told when a job is over, to release its in-flight permit and count it. */
    interface Listener {
        void finished(Job job, boolean rejected);
    }

    private final Wiring w;
    private final IngestCounters counters;
    private final Progress progress;
    private final Listener listener;
    private final PublishHealth health = new PublishHealth();

    FileProcessor(Wiring wiring, IngestCounters counters, Progress progress, Listener listener) {
        this.w = wiring;
        this.counters = counters;
        this.progress = progress;
        this.listener = listener;
    }

    /** Whether sends are being acknowledged; for readiness. */
    PublishHealth publishHealth() {
        return health;
    }

    void submit(Job job) {
        w.workers().execute(() -> process(job, 0));
    }

    private void process(Job job, int attempt) {
        ReadResult result;
        try {
            result = w.reader().read(job.file());
        } catch (RuntimeException e) {
            // A bug, not the file's fault; still the file must not be stuck: it goes to failed with the error.
            LOG.error("unexpected error reading {}", job.file().relativePath(), e);
            result = ReadResult.Rejected.of(Rejection.of(RejectionCode.INTERNAL_ERROR, e.toString(), e), null);
        }
        try {
            if (result instanceof ReadResult.Accepted accepted) {
                publish(job, accepted, attempt);
            } else {
                reject(job, (ReadResult.Rejected) result, attempt);
            }
        } catch (RuntimeException e) {
            LOG.error("unexpected error sending {}", job.file().relativePath(), e);
            retry(job, attempt, e);
        }
    }

    private void publish(Job job, ReadResult.Accepted accepted, int attempt) {
        ClaimedFile file = job.file();
        List<CompletableFuture<Void>> acks = new ArrayList<>(accepted.records().size() + accepted.rejectedLines().size());
        for (RawArticle record : accepted.records()) {
            acks.add(w.publisher().send(w.rawTopic(), record.getId(), record));
        }
        for (LineRejection line : accepted.rejectedLines()) {
            acks.add(w.publisher().send(w.dlqTopic(), line.articleId(), w.deadLetters().forLine(file, line)));
        }
        int records = accepted.records().size();
        long bytes = accepted.records().stream().mapToLong(RawArticle::getSizeBytes).sum();
        List<LineRejection> badLines = accepted.rejectedLines();
        all(acks).whenCompleteAsync((ok, error) -> {
            if (error == null) {
                health.succeeded();
                finishPublished(job, new Published(records, bytes, w.clock().millis()), badLines, 0);
            } else if (SendFailures.isRecordTooLarge(error)) {
                Rejection tooLarge = Rejection.of(RejectionCode.RECORD_TOO_LARGE, SendFailures.unwrap(error).getMessage(),
                        SendFailures.unwrap(error));
                onWorker(() -> reject(job, ReadResult.Rejected.of(tooLarge, null), attempt));
            } else {
                retry(job, attempt, error);
            }
        }, w.finisher());
    }

    /** What a file published: records and bytes, and when the broker acknowledged the last of them. */
    private record Published(int records, long bytes, long ackedAtMillis) {
    }

    private void finishPublished(Job job, Published published, List<LineRejection> badLines, int moveAttempt) {
        int records = published.records();
        try {
            if (moveAttempt == 0 || !alreadyGone(job)) {
                Path to = w.donePolicy().finish(job.file(), badLines.isEmpty() ? null : rejectedLinesSidecar(job.file(), records, badLines));
                LOG.debug("published {} as {} record(s){}", job.file().relativePath(), records, to == null ? "" : ", moved to " + to);
            }
        } catch (IOException | RuntimeException e) {
            // Published but not archived: keep the file here (never re-publish it) and try the move again.
            LOG.error("published {} but cannot apply the done policy: {}; trying again", job.file().relativePath(), e.toString());
            later(moveAttempt + 1, () -> w.finisher().execute(() -> finishPublished(job, published, badLines, moveAttempt + 1)));
            return;
        }
        counters.published(records, published.bytes(), job.droppedAtMillis(), published.ackedAtMillis());
        for (LineRejection l : badLines) {
            // One line per dead letter: each bad line went to the dead-letter topic on its own.
            LOG.info("rejected line {} of {} ({}: {})", l.lineNumber(), job.file().relativePath(), l.rejection().code(),
                    explained(l.rejection()));
            counters.rejectedLine(l.rejection().code());
        }
        done(job, false);
    }

    private void reject(Job job, ReadResult.Rejected rejected, int attempt) {
        ClaimedFile file = job.file();
        Path target;
        try {
            target = w.failed().reserve(file);
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot prepare the failed folder for {}: {}; trying again", file.relativePath(), e.toString());
            later(attempt + 1, () -> onWorker(() -> process(job, attempt + 1)));
            return;
        }
        String failedPath = w.failed().relative(target);
        CompletableFuture<Void> ack = w.publisher().send(w.dlqTopic(), rejected.articleId(),
                w.deadLetters().forFile(file, rejected, failedPath));
        ack.whenCompleteAsync((ok, error) -> {
            if (error == null) {
                health.succeeded();
                finishRejected(job, rejected, target, 0);
            } else {
                retry(job, attempt, error);
            }
        }, w.finisher());
    }

    private void finishRejected(Job job, ReadResult.Rejected rejected, Path target, int moveAttempt) {
        Rejection r = rejected.rejection();
        try {
            if (moveAttempt == 0 || !alreadyGone(job)) {
                Path to = w.failed().moveIn(job.file(), target, errorSidecar(job.file(), rejected));
                LOG.info("rejected {} ({}: {}), moved to {}", job.file().relativePath(), r.code(), explained(r), to);
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("rejected {} but cannot move it to the failed folder: {}; trying again", job.file().relativePath(), e.toString());
            later(moveAttempt + 1, () -> w.finisher().execute(() -> finishRejected(job, rejected, target, moveAttempt + 1)));
            return;
        }
        counters.rejectedFile(r.code());
        done(job, true);
    }

    /** The reason for a person, with the detail (parser message, offset) when there is one. */
    private static String explained(Rejection r) {
        return r.detail() == null ? r.reason() : r.reason() + " [" + r.detail() + "]";
    }

    /** On a retried move: true when the file left the claim area after all (the error came after the move). */
    private static boolean alreadyGone(Job job) {
        boolean gone = Files.notExists(job.file().path(), LinkOption.NOFOLLOW_LINKS);
        if (gone) {
            LOG.info("{} left the claim area before the error; taking it as finished", job.file().relativePath());
        }
        return gone;
    }

    private void retry(Job job, int attempt, Throwable error) {
        health.failed(error);
        LOG.debug("sending {} failed (try {}): {}", job.file().relativePath(), attempt + 1, error.toString());
        later(attempt + 1, () -> onWorker(() -> process(job, attempt + 1)));
    }

    private void done(Job job, boolean rejected) {
        w.claimArea().release(job.file());
        progress.fileFinished(rejected);
        listener.finished(job, rejected);
    }

    private void later(int attempt, Runnable task) {
        try {
            w.scheduler().schedule(task, w.backoff().delay(attempt).toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // Shutting down: the file stays in the claim area and is recovered at the next start.
        }
    }

    private void onWorker(Runnable task) {
        try {
            w.workers().execute(task);
        } catch (RejectedExecutionException e) {
            // Shutting down: as above.
        }
    }

    private Map<String, Object> errorSidecar(ClaimedFile file, ReadResult.Rejected rejected) {
        Rejection r = rejected.rejection();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", r.code().name());
        m.put("reason", r.reason());
        m.put("detail", r.detail());
        m.put("time", w.clock().instant().toString());
        m.put("relativePath", file.relativePath());
        m.put("sizeBytes", rejected.sizeBytes());
        if (!rejected.rejectedLines().isEmpty()) {
            m.put("lines", lines(rejected.rejectedLines()));
        }
        return m;
    }

    private Map<String, Object> rejectedLinesSidecar(ClaimedFile file, int published, List<LineRejection> bad) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("time", w.clock().instant().toString());
        m.put("relativePath", file.relativePath());
        m.put("publishedLines", published);
        m.put("rejectedLineCount", bad.size());
        m.put("rejectedLines", lines(bad));
        return m;
    }

    private static List<Map<String, Object>> lines(List<LineRejection> bad) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (LineRejection l : bad.subList(0, Math.min(bad.size(), MAX_SIDECAR_LINES))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("line", l.lineNumber());
            m.put("code", l.rejection().code().name());
            m.put("reason", l.rejection().reason());
            m.put("detail", l.rejection().detail());
            out.add(m);
        }
        return out;
    }

    private static CompletableFuture<Void> all(List<CompletableFuture<Void>> acks) {
        return acks.size() == 1 ? acks.get(0) : CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new));
    }
}
