package io.newswire.bench.pipeline;

import io.newswire.bench.articles.ArticleFile;
import io.newswire.bench.articles.ArticleFiles;
import io.newswire.bench.articles.ArticleGenerator;
import io.newswire.platform.config.CommonSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The end-to-end benchmark ({@code scripts/bench-e2e}): generated articles through {@code newswire local}, from the
 * inbox to news.articles. A warm-up, then a throughput run (every file dropped at once), producer-perf-test on the same
 * broker as the reference, and a latency run (files at a fixed rate). Results go to {@code bench/results/<time>/}:
 * {@code results.md}, PNG charts and the raw times as CSV.
 */
@Command(name = "bench-e2e", mixinStandardHelpOptions = true, sortOptions = false,
        description = "End-to-end benchmark of newswire local: throughput, latency, CPU and memory, with Kafka's "
                + "producer-perf-test on the same broker as the reference.")
public final class EndToEndBenchmark implements Callable<Integer> {
    private static final DateTimeFormatter RUN_NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(5);
    /** How often the threads of the pipeline are read during a phase (see {@link ThreadCpu}). */
    private static final Duration THREAD_READING_INTERVAL = Duration.ofMillis(500);

    @Option(names = "--articles", defaultValue = "100000", description = "Articles of the throughput run (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--rate", defaultValue = "500", description = "Files per second of the latency run (default ${DEFAULT-VALUE}).")
    int rate;

    @Option(names = "--rate-seconds", defaultValue = "60", description = "How long the latency run drops files (default ${DEFAULT-VALUE}).")
    int rateSeconds;

    @Option(names = "--warmup", defaultValue = "10000", description = "Articles per warm-up round (default ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-rounds", defaultValue = "6",
            description = "The most warm-up rounds; 1 for a fixed warm-up of --warmup articles (default ${DEFAULT-VALUE}).")
    int warmupRounds;

    @Option(names = "--jit-quiet", paramLabel = "PERCENT", defaultValue = "5",
            description = "The warm-up ends after a round in which the JIT compiler took less than this share of the "
                    + "pipeline's CPU (default ${DEFAULT-VALUE}).")
    double jitQuietPercent;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the article generator (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Configuration of the pipeline under test, as for newswire local; repeatable.")
    List<String> settings = new ArrayList<>();

    @Option(names = "--pipeline-jvm-args", paramLabel = "FLAGS", defaultValue = "",
            description = "JVM flags of the pipeline, space-separated (e.g. \"-Xmx1g\").")
    String pipelineJvmArgs;

    @Option(names = "--jfr", description = "Record the pipeline JVM with Java Flight Recorder (profile settings) into the results.")
    boolean jfr;

    @Option(names = "--idle-timeout", defaultValue = "120", description = "Give up a run when no article became visible for this many seconds (default ${DEFAULT-VALUE}).")
    int idleTimeoutSeconds;

    @Option(names = "--results", defaultValue = "bench/results", description = "Folder of the results (default ${DEFAULT-VALUE}).")
    Path results;

    @Option(names = "--project-dir", defaultValue = ".", description = "The newswire project, built (default: the working directory).")
    Path projectDir;

    @Option(names = "--keep-work", description = "Keep the work folder (inbox, broker data) after the run.")
    boolean keepWork;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new EndToEndBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || rate < 1 || rateSeconds < 1 || warmup < 1 || warmupRounds < 1 || jitQuietPercent <= 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--articles, --rate, --rate-seconds, --warmup, --warmup-rounds and --jit-quiet must be positive");
        }
        Instant startedAt = Instant.now();
        Path project = projectDir.toAbsolutePath().normalize();
        MachineInfo machine = MachineInfo.collect(project);
        Path dir = (results.isAbsolute() ? results : project.resolve(results)).resolve(RUN_NAME.format(startedAt));
        Path work = dir.resolve("work");
        say("results in %s; load average %s", dir, machine.loadAverage());

        ArticleGenerator generator = new ArticleGenerator(seed);
        int latencyArticles = rate * rateSeconds;
        long generating = System.nanoTime();
        List<ArticleFile> warm = ArticleFiles.write(generator, 0, warmup, work.resolve(warmUpStaging(1)));
        List<ArticleFile> bulk = ArticleFiles.write(generator, warmup, articles, work.resolve("staging/throughput"));
        List<ArticleFile> paced = ArticleFiles.write(generator, warmup + articles, latencyArticles, work.resolve("staging/latency"));
        say("generated %,d articles in %.1f s", warmup + articles + latencyArticles, (System.nanoTime() - generating) / 1e9);

        List<String> jvmArgs = new ArrayList<>(Arrays.stream(pipelineJvmArgs.strip().split("\\s+")).filter(s -> !s.isEmpty()).toList());
        if (jfr) {
            jvmArgs.add("-XX:StartFlightRecording=filename=" + dir.resolve("pipeline.jfr") + ",settings=profile,dumponexit=true");
        }
        long startNanos = System.nanoTime();
        BenchmarkResult result;
        PipelineProcess pipeline = PipelineProcess.start(project, work, jvmArgs, settings);
        try {
            say("newswire local is running (pid %d, broker %s)", pipeline.pid(), pipeline.bootstrapServers());
            Map<String, Supplier<Optional<ProcessHandle>>> processes = new LinkedHashMap<>();
            processes.put(Processes.PIPELINE, () -> ProcessHandle.of(pipeline.pid()));
            processes.put(Processes.REGISTRY, pipeline::registry);
            processes.put(Processes.HARNESS, () -> Optional.of(ProcessHandle.current()));
            try (ResourceSampler sampler = new ResourceSampler(processes, Duration.ofSeconds(1));
                 ArticleObserver observer = new ArticleObserver(pipeline.bootstrapServers(), setting("topics.articles", "news.articles"))) {
                new Dropper(work, pipeline.inbox()).createFolders(Stream.of(warm, bulk, paced).flatMap(List::stream).toList());
                WarmUp warmUp = warmUp(warm, generator, warmup + articles + latencyArticles, work, pipeline, observer, sampler);
                PhaseResult throughput = phase("throughput run", bulk,
                        new Dropper(work.resolve("staging/throughput"), pipeline.inbox()), observer, sampler, pipeline.pid(), 0);
                say("producer-perf-test: %,d records on the same broker...", articles);
                ProducerReference.Result reference = ProducerReference.run(pipeline.bootstrapServers(), articles,
                        paced.subList(0, Math.min(2000, paced.size())).stream()
                                .map(f -> work.resolve("staging/latency").resolve(f.relativePath())).toList(),
                        work, Integer.parseInt(setting(CommonSettings.TOPIC_PARTITIONS.key(), CommonSettings.TOPIC_PARTITIONS.defaultText())));
                say("producer-perf-test: %s", reference.summaryLine());
                PhaseResult latency = phase("latency run", paced,
                        new Dropper(work.resolve("staging/latency"), pipeline.inbox()), observer, sampler, pipeline.pid(), rate);
                sampler.close();
                Map<String, Long> peaks = new LinkedHashMap<>();
                Map<String, List<ResourceSampler.Sample>> series = new LinkedHashMap<>();
                for (String p : processes.keySet()) {
                    peaks.put(p, sampler.peakRss(p));
                    series.put(p, sampler.series(p));
                }
                result = new BenchmarkResult(startedAt, machine, command(),
                        new BenchmarkResult.PipelineSetup(pipeline.jvmFlags().stream()
                                .filter(a -> !a.startsWith("-XX:StartFlightRecording")).toList(), settings, warmUp, jfr),
                        Corpus.describe(bulk, seed), throughput, reference, latency, rate, peaks, series, startNanos);
            }
        } finally {
            say("stopping newswire local...");
            pipeline.close();
        }
        for (String file : List.of("pipeline.log", "producer-perf-test.log")) {
            Files.copy(work.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!keepWork) {
            deleteRecursively(work);
        }
        if (jfr && Files.exists(dir.resolve("pipeline.jfr"))) {
            Files.writeString(dir.resolve("profile.txt"), JfrHotspots.summarize(dir.resolve("pipeline.jfr")));
        }
        String report = ResultsReport.render(result, ".");
        Files.writeString(dir.resolve("results.md"), report);
        Charts.write(result, dir);
        RawData.write(result, dir);
        System.out.println();
        System.out.println(report);
        say("written to %s", dir);
        return 0;
    }

    /**
     * Warm-up rounds of {@link #warmup} articles until one in which the JIT compiler was quiet, or {@link #warmupRounds}
     * of them. Rounds after the first are generated as they are needed, from serial {@code nextSerial} on, so that the
     * measured runs drop the same articles however long the warm-up.
     */
    private WarmUp warmUp(List<ArticleFile> firstRound, ArticleGenerator generator, int nextSerial, Path work,
                          PipelineProcess pipeline, ArticleObserver observer, ResourceSampler sampler)
            throws IOException, InterruptedException {
        List<ArticleFile> round = firstRound;
        for (int n = 1; ; n++) {
            PhaseResult result = phase("warm-up round " + n, round, new Dropper(work.resolve(warmUpStaging(n)), pipeline.inbox()),
                    observer, sampler, pipeline.pid(), 0);
            double jit = result.pipelineThreads().getOrDefault(ThreadCpu.JIT_COMPILER, 0.0);
            if (jit < jitQuietPercent / 100 || n == warmupRounds) {
                return new WarmUp(warmup, n, warmupRounds, jitQuietPercent / 100, jit);
            }
            round = ArticleFiles.write(generator, nextSerial + (n - 1) * warmup, warmup, work.resolve(warmUpStaging(n + 1)));
            new Dropper(work, pipeline.inbox()).createFolders(round);
        }
    }

    private static String warmUpStaging(int round) {
        return "staging/warmup-" + round;
    }

    /** Drops one batch and waits until all of it is visible; measures CPU over the same span. */
    private PhaseResult phase(String name, List<ArticleFile> files, Dropper dropper, ArticleObserver observer,
                              ResourceSampler sampler, long pipelinePid, int perSecond) throws IOException, InterruptedException {
        say("%s: %,d articles%s...", name, files.size(), perSecond > 0 ? " at " + perSecond + " files/s" : " dropped at once");
        ArticleObserver.Batch batch = observer.watch(files);
        Map<String, Double> cpuBefore = sampler.cpuSeconds();
        try (ThreadCpu threadCpu = ThreadCpu.follow(pipelinePid, THREAD_READING_INTERVAL)) {
            long start = System.nanoTime();
            long[] dropped = perSecond > 0 ? dropper.dropAtRate(files, perSecond) : dropper.dropAll(files);
            say("%s: dropped in %.1f s", name, (System.nanoTime() - start) / 1e9);
            boolean complete = batch.awaitAll(Duration.ofSeconds(idleTimeoutSeconds), REPORT_EVERY,
                    seen -> say("%s: %,d of %,d visible", name, seen, files.size()));
            long end = System.nanoTime();
            Map<String, Double> cpuAfter = sampler.cpuSeconds();
            Map<String, Double> threads = threadCpu.shares();
            Map<String, Double> cpu = new LinkedHashMap<>();
            cpuAfter.forEach((process, after) -> cpu.put(process, after - cpuBefore.getOrDefault(process, after)));
            RunTimes times = new RunTimes(dropped, batch.visibleAt());
            if (!complete) {
                say("%s: %,d article(s) did not become visible within %d s of the last one", name,
                        files.size() - times.visible(), idleTimeoutSeconds);
            }
            PhaseResult result = new PhaseResult(name, files.stream().mapToLong(ArticleFile::size).sum(), times, cpu,
                    (end - start) / 1e9, threads);
            say("%s: %,.0f articles/s, pipeline CPU %.2f cores, %.2f ms per article, JIT compiler %.1f %%", name,
                    times.throughput(), result.cores(Processes.PIPELINE), result.cpuMillisPerArticle(Processes.PIPELINE),
                    100 * threads.getOrDefault(ThreadCpu.JIT_COMPILER, 0.0));
            return result;
        }
    }

    /** The command as typed: scripts/bench-e2e adds --project-dir itself. */
    private String command() {
        List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        int dir = args.indexOf("--project-dir");
        if (dir >= 0 && dir + 1 < args.size()) {
            args.subList(dir, dir + 2).clear();
        }
        return String.join(" ", Stream.concat(Stream.of("scripts/bench-e2e"), args.stream()).toList());
    }

    /** The last value given to the pipeline for {@code key}, or its default. */
    private String setting(String key, String defaultValue) {
        String value = defaultValue;
        for (String s : settings) {
            if (s.startsWith(key + "=")) {
                value = s.substring(key.length() + 1);
            }
        }
        return value;
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "bench-e2e: " + format + "%n", args);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
