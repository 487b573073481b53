package io.newswire.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chaos run, smaller than scripts/chaos's default (2,000 files instead of 10,000, 5 kills; a few minutes), against
 * the packaged jars: only with {@code -Pchaos}.
 */
class ChaosIT {
    private static final int FILES = 2000;
    private static final int KILLS = 5;

    @TempDir
    Path results;

    @Test
    void everyFileEndsInExactlyOnePlaceThroughKillsOfEveryServiceAndABrokerRestart() throws Exception {
        Path project = Path.of(System.getProperty("newswire.project.dir", "..")).toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("newswire-chaos-it-");
        ChaosRun.Options options = new ChaosRun.Options(FILES, 25, KILLS, 20261122L, 100, ChaosCommand.defaultInputs(project),
                RunFolders.appJar(project), RunFolders.registryJar(project), work, Duration.ofMinutes(15), Duration.ofSeconds(10));

        ChaosCommand.Result result = ChaosCommand.run(options, "ChaosIT", results, System.out);

        assertThat(result.passed()).as("every invariant holds; see %s and the logs in %s", result.report(), work).isTrue();
        assertThat(Files.readString(result.report())).contains("SIGKILL ingest", "SIGKILL enrich", "SIGKILL sink",
                "SIGTERM broker", "| no file lost | PASS |");
        RunFolders.deleteRecursively(work);
    }
}
