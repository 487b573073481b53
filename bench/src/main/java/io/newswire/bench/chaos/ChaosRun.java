package io.newswire.bench.chaos;

import io.newswire.bench.chaos.FaultPlan.Fault;
import io.newswire.bench.chaos.Pipeline.UnexpectedExit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The chaos run: the pipeline as separate processes, files dropped at a steady rate while ingest, enrich and sink are
 * killed with SIGKILL at random moments and the broker is stopped and started once; then it waits for the pipeline to
 * settle and verifies where every file ended.
 */
final class ChaosRun {
    private static final String ENRICH_GROUP = "newswire-enrich";
    private static final String SINK_GROUP = "newswire-sink";
    /** How long a fault waits for the previous one's service to make progress again, so recoveries do not overlap. */
    private static final Duration RECOVERY_WAIT = Duration.ofSeconds(120);
    private static final Duration SETTLE_POLL = Duration.ofSeconds(2);
    private static final int LOG_EVERY_ROUNDS = 5;

    record Options(int files, double rate, int kills, long seed, int badEvery, List<Path> inputs, Path jar,
                   Path registryJar, Path workDir, Duration settleTimeout, Duration quietPeriod) {
    }

    /**
     * What happened to one fault, in run time (milliseconds since the first drop): when it struck, when the process
     * was started again (for the broker: when it served again), and when each affected service made progress again.
     */
    /** Progress time of a stage that had nothing left to do after the fault. */
    static final long NOTHING_TO_DO = -2;

    record FaultRecord(Fault fault, long atMillis, long pid, int exitCode, long restartedMillis, long readyMillis,
                       Map<Role, Long> progressMillis) {
    }

    record Result(Options options, long startupMillis, double dropSeconds, double achievedRate, List<FaultRecord> faults,
                  List<UnexpectedExit> unexpectedExits, long settledMillis, boolean settled, int templates,
                  List<String> excludedTemplates, Verification.Result verification) {
        boolean passed() {
            return settled && unexpectedExits.isEmpty() && verification.passed();
        }
    }

    private final Options options;
    private final Consumer<String> log;

    ChaosRun(Options options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    Result run() throws Exception {
        DropFiles files = DropFiles.load(options.inputs(), options.badEvery());
        log.accept(files.templateCount() + " input files to copy" + (files.excludedTemplates().isEmpty() ? ""
                : " (left out, their copies would share an article id: " + files.excludedTemplates() + ")"));
        long startupBegan = System.nanoTime();
        try (Pipeline pipeline = new Pipeline(options.jar(), options.registryJar(), options.workDir(), Map.of())) {
            pipeline.start();
            long startupMillis = (System.nanoTime() - startupBegan) / 1_000_000;
            log.accept("pipeline started in " + startupMillis / 1000 + " s: broker " + pipeline.bootstrapServers()
                    + ", registry " + pipeline.registryUrl() + ", work folder " + options.workDir());

            RunClock clock = new RunClock();
            List<Dropped> dropped = Collections.synchronizedList(new ArrayList<>());
            Dropper dropper = new Dropper(files, pipeline.inbox(), options.rate());
            ScheduledExecutorService supervisor = Executors.newSingleThreadScheduledExecutor();
            try (ProgressProbe probe = new ProgressProbe(pipeline.inbox(), dropper::dropped, pipeline.bootstrapServers(),
                    ENRICH_GROUP, SINK_GROUP, clock).start()) {
                supervisor.scheduleWithFixedDelay(() -> revive(pipeline), 1, 1, TimeUnit.SECONDS);
                CompletableFuture<Void> dropping = CompletableFuture.runAsync(() -> drop(dropper, files, dropped, clock));
                long dropMillis = (long) (options.files() / options.rate() * 1000);
                FaultPlan plan = FaultPlan.random(options.seed(), options.kills(), dropMillis * 15 / 100, dropMillis * 85 / 100);
                List<FaultRecord> faults = new ArrayList<>();
                for (Fault fault : plan.faults()) {
                    awaitRecovery(probe, faults, clock);
                    sleepUntil(clock, fault.atMillis());
                    faults.add(fault.brokerRestart() ? restartBroker(pipeline, fault, clock) : kill(pipeline, fault, clock));
                }
                dropping.join();
                log.accept(String.format("dropped %d files in %.0f s (%.1f files/s)", dropper.dropped(),
                        dropper.elapsedSeconds(), dropper.achievedRate()));

                long settleBegan = clock.millis();
                boolean settled;
                try (OutcomeFollower follower =
                        new OutcomeFollower(pipeline.bootstrapServers(), pipeline.registryUrl(), clock).start()) {
                    settled = settle(follower, probe, pipeline, dropped, clock);
                }
                long settledMillis = clock.millis() - settleBegan;
                List<FaultRecord> measured = faults.stream().map(f -> withProgress(f, probe)).toList();
                log.accept("verifying...");
                Verification.Result verification = Verification.verify(List.copyOf(dropped), pipeline.inbox(),
                        new Topics(pipeline.bootstrapServers(), pipeline.registryUrl()));
                return new Result(options, startupMillis, dropper.elapsedSeconds(), dropper.achievedRate(), measured,
                        pipeline.unexpectedExits(), settledMillis, settled, files.templateCount(),
                        files.excludedTemplates(), verification);
            } finally {
                supervisor.shutdownNow();
            }
        }
    }

    private void drop(Dropper dropper, DropFiles files, List<Dropped> dropped, RunClock clock) {
        try {
            dropper.drop(options.files(), f -> dropped.add(new Dropped(f.relativePath(), f.kind(), f.template(),
                    f.rawId(), files.expectedId(f), clock.millis())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private FaultRecord kill(Pipeline pipeline, Fault fault, RunClock clock) throws IOException, InterruptedException {
        long at = clock.millis();
        NewswireProcess killed = pipeline.kill(fault.role());
        log.accept(String.format("%s  SIGKILL %s (pid %d)", RunClock.format(at), fault.role().command(), killed.pid()));
        Thread.sleep(fault.pauseMillis());
        long restarted = clock.millis();
        pipeline.start(fault.role());
        log.accept(String.format("%s  started %s again", RunClock.format(restarted), fault.role().command()));
        return new FaultRecord(fault, at, killed.pid(), killed.exitCode(), restarted, restarted, Map.of());
    }

    private FaultRecord restartBroker(Pipeline pipeline, Fault fault, RunClock clock) throws IOException, InterruptedException {
        long at = clock.millis();
        long pid = pipeline.process(Role.BROKER).pid();
        log.accept(String.format("%s  SIGTERM broker (pid %d)", RunClock.format(at), pid));
        int exit = pipeline.stopBroker();
        log.accept(String.format("%s  broker stopped, exit code %d", RunClock.format(clock.millis()), exit));
        Thread.sleep(fault.pauseMillis());
        long restarted = clock.millis();
        pipeline.startBroker();
        long ready = clock.millis();
        log.accept(String.format("%s  broker serving again at %s", RunClock.format(ready), pipeline.bootstrapServers()));
        return new FaultRecord(fault, at, pid, exit, restarted, ready, Map.of());
    }

    /** Waits (bounded) until the services the last fault hit make progress again, so that recoveries do not overlap. */
    private void awaitRecovery(ProgressProbe probe, List<FaultRecord> faults, RunClock clock) throws InterruptedException {
        if (faults.isEmpty()) {
            return;
        }
        FaultRecord last = faults.get(faults.size() - 1);
        List<Role> hit = last.fault().brokerRestart() ? Role.SERVICES : List.of(last.fault().role());
        long deadline = clock.millis() + RECOVERY_WAIT.toMillis();
        while (clock.millis() < deadline && hit.stream().anyMatch(r -> probe.progressAfter(r, last.readyMillis()) < 0
                && !(r == Role.INGEST && probe.ingestIdleSince(last.readyMillis())))) {
            Thread.sleep(ProgressProbe.INTERVAL_MILLIS);
        }
    }

    private static FaultRecord withProgress(FaultRecord f, ProgressProbe probe) {
        Map<Role, Long> progress = new EnumMap<>(Role.class);
        for (Role role : f.fault().brokerRestart() ? Role.SERVICES : List.of(f.fault().role())) {
            long at = probe.progressAfter(role, f.readyMillis());
            progress.put(role, at < 0 && role == Role.INGEST && probe.ingestIdleSince(f.readyMillis()) ? NOTHING_TO_DO : at);
        }
        return new FaultRecord(f.fault(), f.atMillis(), f.pid(), f.exitCode(), f.restartedMillis(), f.readyMillis(), progress);
    }

    /**
     * Waits until every dropped file has arrived in news.articles or news.dlq and ingest has archived all of them, then
     * for a quiet period without new records or progress; false when the settle timeout ran out first.
     */
    private boolean settle(OutcomeFollower follower, ProgressProbe probe, Pipeline pipeline, List<Dropped> dropped,
            RunClock clock) throws InterruptedException {
        long deadline = clock.millis() + options.settleTimeout().toMillis();
        List<Dropped> all = List.copyOf(dropped);
        long missing = all.size();
        for (int round = 0; clock.millis() < deadline; round++) {
            missing = all.stream().filter(f -> !follower.arrived(f)).count();
            long finished = ArchiveCounts.finished(pipeline.inbox());
            if (missing == 0 && finished >= all.size()) {
                log.accept(String.format("%s  every file arrived; waiting for %d quiet seconds",
                        RunClock.format(clock.millis()), options.quietPeriod().toSeconds()));
                awaitQuiet(follower, probe, clock, deadline);
                return true;
            }
            if (round % LOG_EVERY_ROUNDS == 0) {
                log.accept(String.format("%s  settling: %d files not yet in news.articles or news.dlq, %d of %d archived",
                        RunClock.format(clock.millis()), missing, finished, all.size()));
            }
            Thread.sleep(SETTLE_POLL.toMillis());
        }
        log.accept("did not settle within " + options.settleTimeout().toMinutes() + " min: " + missing + " files missing");
        return false;
    }

    private void awaitQuiet(OutcomeFollower follower, ProgressProbe probe, RunClock clock, long deadline)
            throws InterruptedException {
        long quiet = options.quietPeriod().toMillis();
        while (clock.millis() < deadline) {
            List<ProgressProbe.Sample> samples = probe.samples();
            ProgressProbe.Sample latest = samples.get(samples.size() - 1);
            long lastChange = samples.stream().filter(s -> s.enrichCommitted() != latest.enrichCommitted()
                    || s.sinkCommitted() != latest.sinkCommitted() || s.filesFinished() != latest.filesFinished())
                    .mapToLong(ProgressProbe.Sample::atMillis).max().orElse(0);
            long lastActivity = Math.max(lastChange, follower.lastRecordMillis());
            if (clock.millis() - lastActivity >= quiet) {
                return;
            }
            Thread.sleep(SETTLE_POLL.toMillis());
        }
    }

    private void revive(Pipeline pipeline) {
        try {
            for (UnexpectedExit exit : pipeline.reviveExited()) {
                log.accept(String.format("%s ended on its own (pid %d, exit code %d); started it again",
                        exit.role().command(), exit.pid(), exit.exitCode()));
            }
        } catch (IOException | InterruptedException | RuntimeException e) {
            log.accept("could not restart a process: " + e);
        }
    }

    private static void sleepUntil(RunClock clock, long atMillis) throws InterruptedException {
        long wait = atMillis - clock.millis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
