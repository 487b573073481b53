package io.newswire.bench.chaos;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code scripts/soak}: the soak run from the command line; exit code 0 when every JVM stayed flat. */
@Command(name = "soak", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Feeds the pipeline (broker, registry, ingest, enrich, sink as separate newswire processes) at a "
                + "steady rate and samples every JVM's heap after a full GC and its thread count. Writes "
                + "bench/results/soak-<time>/report.md and samples.csv."})
public final class SoakCommand implements Callable<Integer> {
    @Option(names = "--minutes", description = "How long to drop files (default ${DEFAULT-VALUE}).", defaultValue = "30")
    int minutes;

    @Option(names = "--rate", description = "Files per second (default ${DEFAULT-VALUE}).", defaultValue = "200")
    double rate;

    @Option(names = "--sample-seconds", description = "Seconds between samples (default ${DEFAULT-VALUE}).", defaultValue = "60")
    int sampleSeconds;

    @Option(names = "--max-heap-slope", description = "Largest slope of the heap after GC over the last two thirds, "
            + "MiB per minute, that counts as flat (default ${DEFAULT-VALUE}).", defaultValue = "1.0")
    double maxHeapSlope;

    @Option(names = "--max-thread-spread", description = "Largest max - min thread count over the last two thirds that "
            + "counts as flat (default ${DEFAULT-VALUE}).", defaultValue = "5")
    int maxThreadSpread;

    @Option(names = "--drain-minutes", description = "How long to wait for the backlog to drain after the last drop "
            + "(default ${DEFAULT-VALUE}).", defaultValue = "10")
    int drainMinutes;

    @Option(names = "--bad-every", description = "Every Nth file is deliberately bad; 0 for none (default ${DEFAULT-VALUE}).",
            defaultValue = "100")
    int badEvery;

    @Option(names = "--input", paramLabel = "DIR", description = "Folder of article files to copy; repeatable (default: "
            + "the enrich dev corpora and ../shared/samples).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--project-dir", description = "The project folder (default: the current folder).", defaultValue = ".")
    Path projectDir;

    @Option(names = "--results", description = "Where report folders go (default: bench/results in the project).")
    Path results;

    @Option(names = "--keep", description = "Keep the work folder (broker data, inbox, logs).")
    boolean keep;

    public static void main(String[] args) {
        System.exit(new CommandLine(new SoakCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path project = projectDir.toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("newswire-soak-");
        SoakRun.Options options = new SoakRun.Options(Duration.ofMinutes(minutes), rate, Duration.ofSeconds(sampleSeconds),
                Duration.ofMinutes(drainMinutes), badEvery, inputs.isEmpty() ? ChaosCommand.defaultInputs(project) : inputs,
                RunFolders.appJar(project), RunFolders.registryJar(project), work);
        String command = String.format("scripts/soak --minutes %d --rate %s --sample-seconds %d", minutes, rate, sampleSeconds);
        String loadAtStart = Machine.loadAverage();
        RunClock wall = new RunClock();
        SoakRun.Result result = new SoakRun(options, line -> System.out.println("[soak] " + line)).run();
        List<SoakVerdict> verdicts = SoakRun.JVMS.stream()
                .map(role -> SoakVerdict.judge(role, result.samples(), maxHeapSlope, maxThreadSpread)).toList();
        String markdown = SoakReport.markdown(result, verdicts, maxHeapSlope, maxThreadSpread, command, loadAtStart,
                Machine.loadAverage(), wall.startedAt());
        Path folder = RunFolders.newResultFolder(results != null ? results : project.resolve("bench/results"), "soak");
        Files.writeString(folder.resolve("report.md"), markdown, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("samples.csv"), SoakReport.csv(result), StandardCharsets.UTF_8);
        System.out.println();
        System.out.println(markdown);
        System.out.println("report: " + folder.resolve("report.md"));
        boolean flat = verdicts.stream().allMatch(SoakVerdict::flat);
        if (keep) {
            System.out.println("work folder: " + work);
        } else {
            RunFolders.deleteRecursively(work);
        }
        return flat ? 0 : 1;
    }
}
