package io.newswire.ingest.it;

import static io.newswire.ingest.it.StackSupport.files;
import static io.newswire.ingest.it.StackSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.avro.DeadLetter;
import io.newswire.avro.RawArticle;
import io.newswire.ingest.IngestMain;
import io.newswire.ingest.IngestSummary;
import io.newswire.testkit.NewswireStack;
import io.newswire.testkit.NewswireStackTest;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest is killed with SIGKILL in the middle of a backlog and started again: afterwards every file is in done/ (and
 * in news.raw) or in failed/ (and in news.dlq), none in both, none left behind.
 */
@NewswireStackTest
class CrashRecoveryIT {
    private static final int FILES = 3000;
    private static final int EVERY_NTH_IS_EMPTY = 40;

    @TempDir
    Path tmp;

    @Test
    void killedDuringABacklogAndRestartedEveryFileEndsInExactlyOnePlace(NewswireStack stack) throws Exception {
        Path inbox = tmp.resolve("inbox");
        Set<String> good = new HashSet<>();
        Set<String> bad = new HashSet<>();
        Instant old = Instant.now().minusSeconds(3600);
        for (int i = 0; i < FILES; i++) {
            String name = "src" + (i % 5) + "/article-" + i + ".txt";
            boolean empty = i % EVERY_NTH_IS_EMPTY == 0;
            write(inbox.resolve(name), empty ? "" : "article " + i + " " + "lorem ipsum ".repeat(250));
            inbox.resolve(name).toFile().setLastModified(old.plusMillis(i).toEpochMilli());
            (empty ? bad : good).add(name);
        }
        String rawTopic = stack.uniqueName("raw");
        String dlqTopic = stack.uniqueName("dlq");
        List<String> settings = StackSupport.settings(stack.bootstrapServers(), stack.schemaRegistryUrl(), rawTopic, dlqTopic, inbox);
        settings.add("ingest.instance-id=crashing");

        Process first = start(settings, false, tmp.resolve("first.log"));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20))
                .until(() -> files(inbox.resolve("done")).size() >= FILES / 10);
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<Path> claimedAtKill = files(inbox.resolve(".newswire/processing")).stream()
                .filter(p -> !p.toString().endsWith(".lock")).toList();
        assertThat(files(inbox.resolve("done")).size()).isLessThan(FILES);

        Process second = start(settings, true, tmp.resolve("second.log"));
        assertThat(second.waitFor(120, TimeUnit.SECONDS)).as("restarted ingest finishes").isTrue();
        assertThat(second.exitValue()).as("exit code, see " + tmp.resolve("second.log")).isEqualTo(IngestSummary.EXIT_REJECTED);

        Map<String, Long> done = countByOriginalName(inbox.resolve("done"), 2);
        Map<String, Long> failed = countByOriginalName(inbox.resolve("failed"), 0);
        Set<String> raw = StackSupport.<RawArticle>readAll(stack.bootstrapServers(), stack.schemaRegistryUrl(), rawTopic)
                .stream().map(ConsumerRecord::value).map(RawArticle::getRelativePath).collect(Collectors.toSet());
        Set<String> dlq = StackSupport.<DeadLetter>readAll(stack.bootstrapServers(), stack.schemaRegistryUrl(), dlqTopic)
                .stream().map(ConsumerRecord::value).map(DeadLetter::getRelativePath).collect(Collectors.toSet());

        System.out.printf("crash test: %d files claimed at the kill, %d in done, %d in failed%n",
                claimedAtKill.size(), done.size(), failed.size());
        assertThat(done.keySet()).isEqualTo(good);
        assertThat(done.values()).allMatch(n -> n == 1);
        assertThat(failed.keySet()).isEqualTo(bad);
        assertThat(raw).isEqualTo(good);
        assertThat(dlq).isEqualTo(bad);
        assertThat(files(inbox)).allMatch(p -> p.startsWith(inbox.resolve("done")) || p.startsWith(inbox.resolve("failed"))
                || p.toString().endsWith(".lock"));
    }

    private Process start(List<String> settings, boolean once, Path log) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), IngestMain.class.getName()));
        if (once) {
            cmd.add("--once");
        }
        for (String s : settings) {
            cmd.add("--set");
            cmd.add(s);
        }
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /**
     * Files under a folder by their inbox-relative path (skipping {@code dateLevels} leading folders), sidecars left
     * out, and a collision suffix " (n)" taken off, so that a file archived twice would count twice.
     */
    private static Map<String, Long> countByOriginalName(Path dir, int dateLevels) throws Exception {
        Function<Path, String> original = p -> {
            Path rel = dir.relativize(p);
            String path = rel.subpath(dateLevels == 0 ? 0 : 1, rel.getNameCount()).toString();
            return path.replaceAll(" \\(\\d+\\)(\\.[^./]*)$", "$1");
        };
        return files(dir).stream().filter(p -> !p.toString().endsWith(".json"))
                .collect(Collectors.groupingBy(original, Collectors.counting()));
    }
}
