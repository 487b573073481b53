package io.newswire.bench.chaos;

import io.newswire.bench.chaos.JvmSampler.JvmSample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The soak run: the pipeline as separate processes (as in the chaos run, without faults) fed at a steady rate for a
 * long time, sampling every JVM's heap after a full GC and its thread count at a fixed interval.
 */
final class SoakRun {
    /** The JVMs measured: the registry's is its Apicurio child, which does the work. */
    static final List<Role> JVMS = List.of(Role.BROKER, Role.REGISTRY, Role.INGEST, Role.ENRICH, Role.SINK);

    record Options(Duration duration, double rate, Duration sampleEvery, Duration drainTimeout, int badEvery,
                   List<Path> inputs, Path jar, Path registryJar, Path workDir) {
    }

    /** One sampling round, in minutes since the first drop. */
    record Sample(double atMinutes, long dropped, Map<Role, JvmSample> jvms, Backlog.Figures backlog) {
    }

    record Result(Options options, List<Sample> samples, double achievedRate, long filesDropped, double drainSeconds,
                  boolean drained, Map<Role, Long> pids) {
    }

    private final Options options;
    private final Consumer<String> log;

    SoakRun(Options options, Consumer<String> log) {
        this.options = options;
        this.log = log;
    }

    Result run() throws Exception {
        DropFiles files = DropFiles.load(options.inputs(), options.badEvery());
        // Published files are deleted rather than moved to done/, so hours of files do not pile up on the disk.
        Map<Role, List<String>> settings = Map.of(Role.INGEST, List.of("ingest.done-policy=delete"));
        try (Pipeline pipeline = new Pipeline(options.jar(), options.registryJar(), options.workDir(), settings)) {
            pipeline.start();
            log.accept("pipeline started: broker " + pipeline.bootstrapServers() + ", work folder " + options.workDir());
            Map<Role, Long> pids = new EnumMap<>(Role.class);
            for (Role role : JVMS) {
                pids.put(role, pipeline.process(role).serviceJvm().pid());
            }
            JvmSampler sampler = new JvmSampler();
            int count = (int) Math.round(options.rate() * options.duration().toSeconds());
            Dropper dropper = new Dropper(files, pipeline.inbox(), options.rate());
            RunClock clock = new RunClock();
            List<Sample> samples = new ArrayList<>();
            try (Backlog backlog = new Backlog(pipeline.inbox(), pipeline.bootstrapServers())) {
                CompletableFuture<Void> dropping = CompletableFuture.runAsync(() -> drop(dropper, count));
                long next = 0;
                while (!dropping.isDone()) {
                    if (clock.millis() >= next) {
                        samples.add(sample(clock, dropper, pids, sampler, backlog, pipeline));
                        next += options.sampleEvery().toMillis();
                    }
                    Thread.sleep(200);
                }
                dropping.join();
                samples.add(sample(clock, dropper, pids, sampler, backlog, pipeline));
                log.accept(String.format("dropped %d files at %.1f files/s; draining", dropper.dropped(), dropper.achievedRate()));
                long drainStart = clock.millis();
                boolean drained = false;
                while (clock.millis() - drainStart < options.drainTimeout().toMillis()) {
                    Backlog.Figures now = backlog.measure();
                    if (now.inboxFiles() == 0 && now.enrichLag() == 0 && now.sinkLag() <= 3) {
                        drained = true;
                        break;
                    }
                    Thread.sleep(2000);
                }
                return new Result(options, samples, dropper.achievedRate(), dropper.dropped(),
                        (clock.millis() - drainStart) / 1000.0, drained, pids);
            }
        }
    }

    private Sample sample(RunClock clock, Dropper dropper, Map<Role, Long> pids, JvmSampler sampler, Backlog backlog,
            Pipeline pipeline) throws IOException, InterruptedException {
        double at = clock.millis() / 60_000.0;
        Map<Role, JvmSample> jvms = new EnumMap<>(Role.class);
        for (Role role : JVMS) {
            if (pipeline.process(role).serviceJvm().pid() != pids.get(role)) {
                throw new IllegalStateException(role.command() + " is not the process the soak run started; it ended");
            }
            jvms.put(role, sampler.sample(pids.get(role)));
        }
        Sample s = new Sample(at, dropper.dropped(), jvms, backlog.measure());
        log.accept(String.format("%5.1f min  %d files  heap after GC (MiB) %s  threads %s  backlog: inbox %d, enrich %d, sink %d",
                at, s.dropped(), format(jvms, j -> j.heapAfterGcBytes() / 1048576.0), format(jvms, j -> (double) j.threads()),
                s.backlog().inboxFiles(), s.backlog().enrichLag(), s.backlog().sinkLag()));
        return s;
    }

    private static String format(Map<Role, JvmSample> jvms, java.util.function.ToDoubleFunction<JvmSample> figure) {
        StringBuilder sb = new StringBuilder();
        jvms.forEach((role, j) -> sb.append(sb.length() == 0 ? "" : " ").append(role.command()).append('=')
                .append(String.format("%.0f", figure.applyAsDouble(j))));
        return sb.toString();
    }

    private static void drop(Dropper dropper, int count) {
        try {
            dropper.drop(count, f -> { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
