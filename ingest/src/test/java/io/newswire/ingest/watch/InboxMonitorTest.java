package io.newswire.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.newswire.ingest.InboxLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InboxMonitorTest {
    @TempDir
    Path inbox;

    private final List<Path> handed = new CopyOnWriteArrayList<>();
    private final Map<String, Long> droppedAt = new ConcurrentHashMap<>();

    @Test
    void backlogComesOldestFirst() throws Exception {
        Instant base = Instant.parse("2026-01-01T00:00:00.123Z");
        write("c.txt", base.plusSeconds(3));
        write("a.txt", base.plusSeconds(1));
        write("sub/b.txt", base.plusSeconds(2));
        InboxMonitor monitor = monitor(Duration.ofMillis(100));

        assertThat(monitor.listBacklog(false)).isEqualTo(3);
        monitor.drainBacklog();

        assertThat(handed).extracting(p -> inbox.relativize(p).toString()).containsExactly("a.txt", "sub/b.txt", "c.txt");
    }

    @Test
    void aFreshBacklogFileIsHandedOverOnceStable() throws Exception {
        Path fresh = inbox.resolve("fresh.txt");
        Files.writeString(fresh, "x");
        InboxMonitor monitor = monitor(Duration.ofMillis(300));
        monitor.listBacklog(false);
        long start = System.nanoTime();
        monitor.drainBacklog();
        assertThat(handed).containsExactly(fresh);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aFileIsDroppedWhenLastWrittenOrWhenFirstSeenIfThatIsLater() throws Exception {
        Instant old = Instant.parse("2020-01-01T00:00:00.123Z");
        write("moved-in.txt", old);
        Instant recent = Instant.now().plusMillis(150);
        write("just-written.txt", recent);
        long before = System.currentTimeMillis();
        InboxMonitor monitor = monitor(Duration.ofMillis(300));
        monitor.listBacklog(false);
        monitor.drainBacklog();

        assertThat(droppedAt.get("moved-in.txt")).as("first seen, not its old modification time")
                .isBetween(before, System.currentTimeMillis());
        assertThat(droppedAt.get("just-written.txt")).as("its modification time").isEqualTo(recent.toEpochMilli());
    }

    @Test
    void followingPicksUpRenamedFilesAndNewFolders() throws Exception {
        InboxMonitor monitor = monitor(Duration.ofMillis(50));
        monitor.listBacklog(true);
        monitor.drainBacklog();
        Thread t = new Thread(() -> {
            try {
                monitor.follow();
            } catch (InterruptedException e) {
                // stop
            }
        });
        t.start();
        try {
            Path tmp = inbox.resolve("story.txt.tmp");
            Files.writeString(tmp, "article");
            Thread.sleep(200);
            assertThat(handed).isEmpty();
            Files.move(tmp, inbox.resolve("story.txt"));
            Files.createDirectories(inbox.resolve("reuters/2026"));
            Files.writeString(inbox.resolve("reuters/2026/r.txt"), "x");
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(handed)
                    .extracting(p -> inbox.relativize(p).toString())
                    .containsExactlyInAnyOrder("story.txt", "reuters/2026/r.txt"));
        } finally {
            t.interrupt();
            t.join();
            monitor.close();
        }
    }

    private InboxMonitor monitor(Duration stable) {
        // A sink that does what claiming does: the file leaves the inbox.
        return new InboxMonitor(InboxLayout.of(inbox, null, null), stable, Duration.ofSeconds(60), (c, dropped) -> {
            handed.add(c.path());
            droppedAt.put(inbox.relativize(c.path()).toString(), dropped);
            try {
                Files.delete(c.path());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void write(String rel, Instant modified) throws Exception {
        Path p = inbox.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, rel);
        Files.setLastModifiedTime(p, FileTime.from(modified));
    }
}
