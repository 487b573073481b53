package io.newswire.bench.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The measurements behind the report as CSV, for a closer look: per-article times and the resource samples. */
final class RawData {
    private RawData() {
    }

    static void write(BenchmarkResult r, Path dir) throws IOException {
        times(r.throughput(), dir.resolve("throughput-times.csv"));
        times(r.latency(), dir.resolve("latency-times.csv"));
        List<String> lines = new ArrayList<>(List.of("process,seconds,cpu_seconds,rss_bytes"));
        r.resources().forEach((process, samples) -> samples.forEach(s -> lines.add(String.format(Locale.ROOT, "%s,%.3f,%.3f,%d",
                process, (s.nanos() - r.startNanos()) / 1e9, s.cpuSeconds(), s.rssBytes()))));
        Files.write(dir.resolve("resources.csv"), lines);
    }

    /** One line per article: when it was dropped and became visible, in ms after the first drop (empty if never). */
    private static void times(PhaseResult phase, Path file) throws IOException {
        RunTimes t = phase.times();
        long first = t.firstDrop();
        List<String> lines = new ArrayList<>(List.of("article,dropped_ms,visible_ms,latency_ms"));
        for (int i = 0; i < t.articles(); i++) {
            long v = t.visibleAt()[i];
            boolean seen = v != ArticleObserver.UNSEEN;
            lines.add(String.format(Locale.ROOT, "%d,%.3f,%s,%s", i, (t.droppedAt()[i] - first) / 1e6,
                    seen ? String.format(Locale.ROOT, "%.3f", (v - first) / 1e6) : "",
                    seen ? String.format(Locale.ROOT, "%.3f", (v - t.droppedAt()[i]) / 1e6) : ""));
        }
        Files.write(file, lines);
    }
}
