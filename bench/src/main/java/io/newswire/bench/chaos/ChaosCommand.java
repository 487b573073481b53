package io.newswire.bench.chaos;

import java.io.PrintStream;
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

/** {@code scripts/chaos}: the chaos run from the command line; exit code 0 only when every invariant held. */
@Command(name = "chaos", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Drops files into the pipeline (broker, registry, ingest, enrich, sink as separate newswire "
                + "processes) while ingest, enrich and sink are killed with SIGKILL at random moments and the broker is "
                + "restarted once; then checks that every file ended in exactly one place. Writes "
                + "bench/results/chaos-<time>/report.md."})
public final class ChaosCommand implements Callable<Integer> {
    @Option(names = "--files", description = "Files to drop (default ${DEFAULT-VALUE}).", defaultValue = "10000")
    int files;

    @Option(names = "--rate", description = "Files per second (default ${DEFAULT-VALUE}).", defaultValue = "25")
    double rate;

    @Option(names = "--kills", description = "SIGKILLs of ingest, enrich and sink in all, at least 3 (default ${DEFAULT-VALUE}).",
            defaultValue = "6")
    int kills;

    @Option(names = "--seed", description = "Seed of the fault plan (default: the current time; the report names it).")
    Long seed;

    @Option(names = "--bad-every", description = "Every Nth file is deliberately bad; 0 for none (default ${DEFAULT-VALUE}).",
            defaultValue = "100")
    int badEvery;

    @Option(names = "--input", paramLabel = "DIR", description = "Folder of article files to copy; repeatable (default: "
            + "enrich/src/test/resources/corpus, enrich/src/test/resources/stance-corpus, ../shared/samples).")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--settle-minutes", description = "How long to wait for the pipeline to settle after the last drop "
            + "(default ${DEFAULT-VALUE}).", defaultValue = "20")
    int settleMinutes;

    @Option(names = "--quiet-seconds", description = "Seconds without any new record or progress before verifying "
            + "(default ${DEFAULT-VALUE}).", defaultValue = "15")
    int quietSeconds;

    @Option(names = "--project-dir", description = "The project folder (default: the current folder).", defaultValue = ".")
    Path projectDir;

    @Option(names = "--results", description = "Where report folders go (default: bench/results in the project).")
    Path results;

    @Option(names = "--keep", description = "Keep the work folder (broker data, inbox, logs) even when the run passed.")
    boolean keep;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ChaosCommand()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path project = projectDir.toAbsolutePath().normalize();
        long planSeed = seed != null ? seed : System.currentTimeMillis();
        Path work = Files.createTempDirectory("newswire-chaos-");
        ChaosRun.Options options = new ChaosRun.Options(files, rate, kills, planSeed, badEvery,
                inputs.isEmpty() ? defaultInputs(project) : inputs, RunFolders.appJar(project), RunFolders.registryJar(project),
                work, Duration.ofMinutes(settleMinutes), Duration.ofSeconds(quietSeconds));
        String command = String.format("scripts/chaos --files %d --rate %s --kills %d --seed %d --bad-every %d", files,
                rate, kills, planSeed, badEvery);
        Result outcome = run(options, command, results != null ? results : project.resolve("bench/results"), System.out);
        if (outcome.passed() && !keep) {
            RunFolders.deleteRecursively(work);
        } else {
            System.out.println("work folder (broker data, inbox, process logs): " + work);
        }
        return outcome.passed() ? 0 : 1;
    }

    /** Outcome of {@link #run}: whether every invariant held, and where the report is. */
    record Result(boolean passed, Path report) {
    }

    /** Runs the chaos run, prints its progress and report to {@code out} and writes the report. */
    static Result run(ChaosRun.Options options, String command, Path results, PrintStream out) throws Exception {
        String loadAtStart = Machine.loadAverage();
        RunClock wall = new RunClock();
        ChaosRun.Result result = new ChaosRun(options, line -> {
            out.println("[chaos] " + line);
            out.flush();
        }).run();
        String markdown = ChaosReport.markdown(result, command, loadAtStart, Machine.loadAverage(), wall.startedAt());
        Path report = RunFolders.newResultFolder(results, "chaos").resolve("report.md");
        Files.writeString(report, markdown, StandardCharsets.UTF_8);
        out.println();
        out.println(markdown);
        out.println("report: " + report);
        return new Result(result.passed(), report);
    }

    static List<Path> defaultInputs(Path project) {
        return List.of(project.resolve("enrich/src/test/resources/corpus"),
                project.resolve("enrich/src/test/resources/stance-corpus"), project.resolve("../shared/samples").normalize());
    }
}
