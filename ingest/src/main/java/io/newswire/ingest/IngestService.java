package io.newswire.ingest;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.ingest.IngestSettings.DonePolicyKind;
import io.newswire.ingest.claim.ClaimArea;
import io.newswire.ingest.claim.ClaimedFile;
import io.newswire.ingest.outcome.DonePolicy;
import io.newswire.ingest.outcome.FailedFolder;
import io.newswire.ingest.progress.Progress;
import io.newswire.ingest.publish.Backoff;
import io.newswire.ingest.publish.ClientConfigs;
import io.newswire.ingest.publish.DeadLetters;
import io.newswire.ingest.publish.KafkaPublisher;
import io.newswire.ingest.publish.Publisher;
import io.newswire.ingest.read.ArticleReader;
import io.newswire.ingest.watch.Candidate;
import io.newswire.ingest.watch.InboxMonitor;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigException;
import io.newswire.platform.ops.Readiness;
import io.newswire.platform.ops.ReadinessCheck;
import io.newswire.serde.KafkaAvroSerializer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest service: watches the inbox and takes every file to exactly one outcome, published to news.raw (then
 * archived or deleted) or rejected to the failed folder with a DeadLetter in news.dlq.
 *
 * <p>Use {@link #runOnce()} to process the backlog and return a summary (for {@code newswire ingest --once}), or
 * {@link #start()} to run until {@link #close()} (for {@code newswire ingest}). The constructor checks what can be
 * checked locally (the inbox can be created, the claim area locked) and throws {@link ConfigException} otherwise;
 * reaching Kafka is retried in the background, files waiting meanwhile.
 */
public final class IngestService implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(IngestService.class);
    /** How long {@link #close()} waits for files in flight to be acknowledged before leaving them for the next start. */
    private static final Duration CLOSE_GRACE = Duration.ofSeconds(10);
    private static final Duration ADOPT_INTERVAL = Duration.ofSeconds(30);

    private final Config config;
    private final TopicsReady topicsReady;
    private final InboxLayout layout;
    private final ClaimArea claimArea;
    private final Publisher publisher;
    private final Progress progress;
    private final IngestCounters counters;
    private final Semaphore permits;
    private final ExecutorService workers;
    private final ExecutorService finisher;
    private final ScheduledExecutorService scheduler;
    private final FileProcessor processor;
    private final InboxMonitor monitor;
    private final AtomicLong backlogRemaining = new AtomicLong(-1);
    /** Jobs submitted and not yet at their outcome, recovered ones included. */
    private final AtomicLong inFlight = new AtomicLong();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    /** Paths whose claim failed, warned about once each. */
    private final Set<Path> claimWarned = ConcurrentHashMap.newKeySet();
    private volatile Thread runner;
    private volatile boolean closed;
    /** Topics checked, the claim area recovered and the inbox listed: files are being taken. */
    private volatile boolean started;

    /** A service publishing with a Kafka producer configured from {@code config}; meters in a registry of its own. */
    public IngestService(Config config) {
        this(config, new SimpleMeterRegistry());
    }

    /** A service publishing with a Kafka producer configured from {@code config}, counting in {@code meters}. */
    public IngestService(Config config, MeterRegistry meters) {
        this(config, clientId -> kafkaPublisher(config, clientId, meters), new TopicSetup(config)::ensureTopics,
                Clock.systemDefaultZone(), meters);
    }

    /** Waits until the topics exist; returns early when told the service stopped. */
    interface TopicsReady {
        void await(BooleanSupplier stopped) throws InterruptedException;
    }

    IngestService(Config config, Function<String, Publisher> publisherFactory, TopicsReady topicsReady, Clock clock,
                  MeterRegistry meters) {
        this.config = config;
        this.counters = new IngestCounters(meters);
        Gauge.builder("newswire.ingest.files.in.flight", inFlight, AtomicLong::get)
                .description("Files claimed and not yet at their outcome").register(meters);
        this.topicsReady = topicsReady;
        this.layout = InboxLayout.of(config);
        warnIfFileNamesAreNotUtf8();
        String host = HostName.get();
        createFolders();
        this.claimArea = ClaimArea.open(layout.claimRoot(), config.find(IngestSettings.INSTANCE_ID).orElse(null), host);
        try {
            this.publisher = publisherFactory.apply("newswire-ingest-" + claimArea.instanceId());
        } catch (RuntimeException e) {
            closeQuietly(claimArea);
            throw e;
        }
        this.progress = Progress.of(config.get(IngestSettings.PROGRESS), config.get(IngestSettings.PROGRESS_INTERVAL));
        this.permits = new Semaphore(config.get(IngestSettings.MAX_IN_FLIGHT));
        this.workers = Executors.newFixedThreadPool(config.get(IngestSettings.WORKERS), named("ingest-worker"));
        this.finisher = Executors.newSingleThreadExecutor(named("ingest-finisher"));
        this.scheduler = Executors.newSingleThreadScheduledExecutor(named("ingest-retry"));
        ArticleReader reader = new ArticleReader(config.get(IngestSettings.MAX_FILE_SIZE),
                config.get(IngestSettings.FOLLOW_SYMLINKS), host, clock);
        FileProcessor.Wiring wiring = new FileProcessor.Wiring(reader, publisher, config.get(CommonSettings.TOPIC_RAW),
                config.get(CommonSettings.TOPIC_DLQ), new DeadLetters(host, clock),
                DonePolicy.of(config.get(IngestSettings.DONE_POLICY), layout.done(), clock), new FailedFolder(layout.failed()),
                claimArea, new Backoff(config.get(IngestSettings.RETRY_INITIAL_BACKOFF), config.get(IngestSettings.RETRY_MAX_BACKOFF)),
                workers, finisher, scheduler, clock);
        this.processor = new FileProcessor(wiring, counters, progress, this::finished);
        this.monitor = new InboxMonitor(layout, config.get(IngestSettings.STABLE_TIME),
                config.get(IngestSettings.RESCAN_INTERVAL), this::claimAndSubmit);
    }

    private static Publisher kafkaPublisher(Config config, String clientId, MeterRegistry meters) {
        KafkaAvroSerializer serializer = new KafkaAvroSerializer();
        try {
            serializer.configure(KafkaClients.serdeConfig(config), false);
            return new KafkaPublisher(ClientConfigs.producer(config, clientId), serializer, CLOSE_GRACE, meters);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw new ConfigException("invalid Kafka or serde configuration: " + e.getMessage(), e);
        }
    }

    /** Where this instance claims files: {@code <inbox>/.newswire/processing/<instanceId>}. */
    public String instanceId() {
        return claimArea.instanceId();
    }

    public InboxLayout layout() {
        return layout;
    }

    /**
     * Processes what is in the inbox now (and whatever an earlier run left claimed), waits until every file reached
     * its outcome, closes the service and returns the summary. Sends that fail are retried, so this waits out a
     * Kafka outage.
     */
    public IngestSummary runOnce() throws InterruptedException {
        runner = Thread.currentThread();
        try {
            startUp(false);
            monitor.drainBacklog();
            awaitIdle(Long.MAX_VALUE);
            progress.backlogFinished();
            return summary();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the inbox " + layout.inbox() + ": " + e, e);
        } finally {
            runner = null;
            close();
        }
    }

    /** Starts ingesting in the background: backlog first, then new files as they arrive, until {@link #close()}. */
    public void start() {
        Thread t = new Thread(this::runForever, "ingest-monitor");
        runner = t;
        t.start();
    }

    /** Blocks until the service is closed; rethrows what stopped it, if it failed. */
    public void awaitTermination() throws InterruptedException {
        Thread t = runner;
        if (t != null && t != Thread.currentThread()) {
            t.join();
        }
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f != null) {
            throw new IllegalStateException(f);
        }
    }

    /**
     * What {@code /ready} asks: files are being taken (Kafka reached, topics checked, inbox listed) and the producer's
     * sends are acknowledged.
     */
    public List<ReadinessCheck> readinessChecks() {
        return List.of(ReadinessCheck.of("ingest-inbox", this::inboxReadiness),
                ReadinessCheck.of("ingest-producer", () -> processor.publishHealth().readiness()));
    }

    private Readiness inboxReadiness() {
        if (failure.get() != null) {
            return Readiness.notReady("stopped: " + failure.get());
        }
        if (closed) {
            return Readiness.notReady("stopped");
        }
        return started ? Readiness.ready("taking files from " + layout.inbox())
                : Readiness.notReady("starting: waiting for Kafka and the topics, or listing the inbox");
    }

    /** Totals so far. */
    public IngestSummary summary() {
        return counters.snapshot();
    }

    private void runForever() {
        try {
            startUp(true);
            monitor.drainBacklog();
            scheduler.scheduleWithFixedDelay(this::adoptOrphans, ADOPT_INTERVAL.toMillis(), ADOPT_INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
            monitor.follow();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | IOException e) {
            if (!closed) {
                failure.set(e);
                LOG.error("ingest stopped: {}", e.toString());
            }
        }
    }

    private void startUp(boolean watch) throws IOException, InterruptedException {
        topicsReady.await(() -> closed);
        List<ClaimedFile> recovered = claimArea.recover();
        if (!recovered.isEmpty()) {
            LOG.info("recovering {} file(s) claimed before a crash or restart", recovered.size());
        }
        long backlog = recovered.size() + monitor.listBacklog(watch);
        LOG.info("ingest {} ready: inbox {}, {} file(s) in the backlog", claimArea.instanceId(), layout.inbox(), backlog);
        backlogRemaining.set(backlog);
        progress.backlogStarted(backlog);
        if (backlog == 0) {
            progress.backlogFinished();
        }
        recovered.forEach(f -> submit(FileProcessor.Job.recovered(f)));
        started = true;
    }

    private void submit(FileProcessor.Job job) {
        counters.seen();
        inFlight.incrementAndGet();
        processor.submit(job);
    }

    private void claimAndSubmit(Candidate c, long droppedAtMillis) throws InterruptedException {
        permits.acquire();
        boolean submitted = false;
        try {
            ClaimArea.Claim claim = claimArea.claim(c.path(), layout.relativePath(c.path()));
            switch (claim.outcome()) {
                case CLAIMED -> {
                    submit(new FileProcessor.Job(claim.file(), true, droppedAtMillis));
                    submitted = true;
                    claimWarned.remove(c.path());
                }
                case VANISHED -> {
                    counters.vanished();
                    backlogFileGone();
                }
                case BUSY -> LOG.debug("{} waits: a file of the same name is still being processed", c.path());
            }
        } catch (IOException e) {
            if (claimWarned.add(c.path())) {
                LOG.warn("cannot claim {}: {}; it stays in the inbox", c.path(), e.toString());
            }
        } finally {
            if (!submitted) {
                permits.release();
            }
        }
    }

    private void finished(FileProcessor.Job job, boolean rejected) {
        if (job.holdsPermit()) {
            permits.release();
        }
        inFlight.decrementAndGet();
        backlogFileGone();
    }

    /** Progress only: the backlog is reported finished when as many files as it had are through. */
    private void backlogFileGone() {
        if (backlogRemaining.get() > 0 && backlogRemaining.decrementAndGet() == 0) {
            progress.backlogFinished();
        }
    }

    private void adoptOrphans() {
        try {
            List<ClaimedFile> adopted = claimArea.adoptOrphans();
            adopted.forEach(f -> submit(FileProcessor.Job.recovered(f)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot check for claim areas of stopped instances: {}", e.toString());
        }
    }

    private void awaitIdle(long timeoutMillis) throws InterruptedException {
        long deadline = timeoutMillis == Long.MAX_VALUE ? Long.MAX_VALUE : System.currentTimeMillis() + timeoutMillis;
        while (!isIdle() && System.currentTimeMillis() < deadline) {
            Thread.sleep(10);
        }
    }

    private boolean isIdle() {
        return inFlight.get() == 0;
    }

    private void createFolders() {
        if (layout.inbox().startsWith(layout.done()) || layout.inbox().startsWith(layout.failed())) {
            throw new ConfigException("the done folder (" + layout.done() + ") and the failed folder (" + layout.failed()
                    + ") must not be the inbox or contain it: files there would be ingested again");
        }
        if (layout.done().equals(layout.failed())) {
            throw new ConfigException("ingest.done-dir and ingest.failed-dir must differ (both are " + layout.done() + ")");
        }
        createFolder(layout.inbox(), "inbox (" + IngestSettings.INBOX.key() + ")");
        createFolder(layout.failed(), "failed folder (" + IngestSettings.FAILED_DIR.key() + ")");
        if (config.get(IngestSettings.DONE_POLICY) == DonePolicyKind.MOVE) {
            createFolder(layout.done(), "done folder (" + IngestSettings.DONE_DIR.key() + ")");
        }
    }

    /** Under a non-UTF-8 locale (LANG=C) Java turns non-ASCII file names into '?': records would carry mangled names. */
    private static void warnIfFileNamesAreNotUtf8() {
        String jnu = System.getProperty("sun.jnu.encoding", "");
        if (!jnu.equalsIgnoreCase("UTF-8")) {
            LOG.warn("file names are decoded as {}, not UTF-8: names with non-ASCII characters will be recorded with '?' "
                    + "in them; run with a UTF-8 locale, e.g. LANG=C.UTF-8", jnu);
        }
    }

    private static void createFolder(Path dir, String what) {
        try {
            Files.createDirectories(dir);
            if (!Files.isWritable(dir)) {
                throw new ConfigException("the " + what + " " + dir + " is not writable for this user");
            }
        } catch (IOException e) {
            throw new ConfigException("cannot create the " + what + " " + dir + ": " + e, e);
        }
    }

    /**
     * Stops taking new files, gives files in flight a few seconds to be acknowledged, and releases everything. Files
     * still in flight stay in the claim area and are recovered at the next start. Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        Thread t = runner;
        if (t != null && t != Thread.currentThread()) {
            t.interrupt();
            try {
                t.join(CLOSE_GRACE.toMillis());
                awaitIdle(CLOSE_GRACE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        scheduler.shutdownNow();
        workers.shutdownNow();
        finisher.shutdown();
        try {
            finisher.awaitTermination(CLOSE_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        publisher.close();
        progress.close();
        closeQuietly(monitor);
        closeQuietly(claimArea);
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.debug("while closing: {}", e.toString());
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        AtomicLong n = new AtomicLong();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
