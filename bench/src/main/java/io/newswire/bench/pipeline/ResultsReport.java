package io.newswire.bench.pipeline;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Renders a run as Markdown: the results table against the targets of this 2-core machine, then how the run was done
 * (command, machine, corpus, pipeline settings) so the report stands on its own.
 */
final class ResultsReport {
    static final double THROUGHPUT_TARGET = 3000;
    static final double RATIO_TARGET = 0.25;
    static final long P99_TARGET_MILLIS = 1500;
    static final int LATENCY_TARGET_RATE = 500;
    static final long RSS_TARGET_BYTES = 1_500_000_000L;
    static final List<String> CHARTS = List.of(Charts.THROUGHPUT, Charts.LATENCY_DISTRIBUTION, Charts.LATENCY_OVER_TIME,
            Charts.RESOURCES);

    private ResultsReport() {
    }

    /** @param chartDir how the report refers to the charts' folder, e.g. "." or "performance" */
    static String render(BenchmarkResult r, String chartDir) {
        RunTimes tp = r.throughput().times();
        RunTimes lat = r.latency().times();
        LatencyStats stats = LatencyStats.of(lat.latenciesMillis());
        long pipelineRss = r.peakRss().getOrDefault(Processes.PIPELINE, 0L);
        StringBuilder md = new StringBuilder();
        md.append("# newswire end-to-end benchmark\n\n");
        md.append(String.format(Locale.ROOT, "Run %s on commit %s; load average at the start %s (%d cores).%n%n",
                DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(r.startedAt().atOffset(ZoneOffset.UTC).withNano(0)) + "Z",
                r.machine().commit(), r.machine().loadAverage(), r.machine().cores()));
        md.append("| measure | result | target | |\n|---|---|---|---|\n");
        row(md, String.format(Locale.ROOT, "Throughput: %,d articles dropped at once, first drop to last visible in news.articles",
                        tp.articles()),
                String.format(Locale.ROOT, "**%,.0f articles/s** (%.1f MB/s) in %.1f s", tp.throughput(),
                        r.throughput().bytes() / 1e6 / tp.seconds(), tp.seconds()),
                String.format(Locale.ROOT, "≥ %,.0f/s", THROUGHPUT_TARGET), tp.throughput() >= THROUGHPUT_TARGET);
        row(md, String.format(Locale.ROOT, "Reference: Kafka's producer-perf-test, same broker, %,d records of %,.0f bytes "
                        + "(the articles), ingest's producer settings", r.reference().records(), r.reference().averageRecordBytes()),
                String.format(Locale.ROOT, "%,.0f records/s (%.1f MB/s)", r.reference().recordsPerSecond(),
                        r.reference().megabytesPerSecond()), "", null);
        row(md, "End-to-end / reference (each article is written 3 times: news.raw, news.enriched, news.articles, "
                        + "plus the sink's changelog)",
                String.format(Locale.ROOT, "**%.3f**", r.ratio()), String.format(Locale.ROOT, "≥ %.2f", RATIO_TARGET),
                r.ratio() >= RATIO_TARGET);
        row(md, String.format(Locale.ROOT, "Latency, drop to visible, at %d files/s for %.0f s (%,d articles): p50 / p95 / p99 / max",
                        r.rate(), (lat.lastDrop() - lat.firstDrop()) / 1e9, lat.articles()),
                String.format(Locale.ROOT, "%,d / %,d / **%,d** / %,d ms", stats.p50(), stats.p95(), stats.p99(), stats.max()),
                String.format(Locale.ROOT, "p99 ≤ %,d ms at %d/s", P99_TARGET_MILLIS, LATENCY_TARGET_RATE),
                r.rate() == LATENCY_TARGET_RATE ? stats.p99() <= P99_TARGET_MILLIS : null);
        row(md, "Pipeline JVM (broker, ingest, enrich, sink): peak resident memory (VmHWM)",
                String.format(Locale.ROOT, "**%,.0f MB**", pipelineRss / 1e6),
                String.format(Locale.ROOT, "≤ %,.0f MB", RSS_TARGET_BYTES / 1e6), pipelineRss <= RSS_TARGET_BYTES);
        row(md, "Pipeline JVM: CPU in the throughput run / the latency run, and CPU time per article",
                String.format(Locale.ROOT, "%.2f / %.2f cores; %.2f / %.2f ms per article",
                        r.throughput().cores(Processes.PIPELINE), r.latency().cores(Processes.PIPELINE),
                        r.throughput().cpuMillisPerArticle(Processes.PIPELINE), r.latency().cpuMillisPerArticle(Processes.PIPELINE)),
                "", null);
        row(md, "Schema registry (child process): peak resident memory, CPU in the throughput run",
                String.format(Locale.ROOT, "%,.0f MB, %.2f cores", r.peakRss().getOrDefault(Processes.REGISTRY, 0L) / 1e6,
                        r.throughput().cores(Processes.REGISTRY)), "", null);
        row(md, "Benchmark harness (dropper, observer, producer-perf-test): CPU in the throughput run, peak resident memory",
                String.format(Locale.ROOT, "%.2f cores, %,.0f MB", r.throughput().cores(Processes.HARNESS),
                        r.peakRss().getOrDefault(Processes.HARNESS, 0L) / 1e6), "", null);
        int missing = tp.articles() - tp.visible() + lat.articles() - lat.visible();
        if (missing > 0) {
            md.append(String.format(Locale.ROOT, "%n**%,d article(s) never became visible**; see pipeline.log.%n", missing));
        }
        md.append("\n");
        threads(md, r.throughput());
        for (String chart : CHARTS) {
            md.append("![").append(chart.replace(".png", "")).append("](").append(chartDir).append('/').append(chart).append(")\n");
        }
        md.append("\n## How it was run\n\n");
        md.append("    ").append(r.command()).append("\n\n");
        md.append(String.format(Locale.ROOT, "- Machine: %d cores (%s), %.1f GiB memory, %s, %s.%n", r.machine().cores(),
                r.machine().cpuModel(), r.machine().memoryBytes() / (double) (1L << 30), r.machine().jdk(), r.machine().os()));
        md.append("- Corpus: ").append(r.corpus()).append('\n');
        md.append(String.format(Locale.ROOT, "- Pipeline: `newswire local` in one JVM (KRaft broker in-process; the schema "
                + "registry is its child process), fresh data folder; its JVM flags (the launcher's included): %s; "
                + "configuration overrides: %s.%n",
                code(r.pipeline().jvmArgs()), code(r.pipeline().settings())));
        md.append("- ").append(r.pipeline().warmUp().describe()).append('\n');
        if (r.pipeline().profiled()) {
            md.append("- Profiled with Java Flight Recorder (`pipeline.jfr`; where the CPU went: `profile.txt`).\n");
        }
        md.append("- Throughput run: the files are moved (atomic rename) from a staging folder into the inbox one after "
                + "the other, as fast as possible. An article is visible when a `read_committed` consumer of news.articles "
                + "receives its id. Throughput = articles / (last visible − first drop).\n");
        md.append("- Latency run: one file every 1/rate seconds; latency = visible − dropped, per article.\n");
        md.append("- Reference: producer-perf-test in the harness JVM against the pipeline's broker, after the throughput "
                + "run, with the articles as payloads (same sizes, same compressibility), acks=all, idempotence, lz4, "
                + "linger.ms=10, batch.size=256 KiB, to a topic with news.raw's partition count.\n");
        md.append("- CPU: user + system time from /proc over the phase, in cores; memory: VmRSS/VmHWM from /proc. "
                + "The harness shares the 2 cores with the pipeline.\n");
        return md.toString();
    }

    /** Where the pipeline JVM's CPU went in a phase, by thread group (the largest eight). */
    private static void threads(StringBuilder md, PhaseResult phase) {
        if (phase.pipelineThreads().isEmpty()) {
            return;
        }
        md.append(String.format(Locale.ROOT, "Where the pipeline JVM's CPU went in the %s (%.2f ms per article), by thread:%n%n",
                phase.name(), phase.cpuMillisPerArticle(Processes.PIPELINE)));
        md.append("| threads | share | ms per article |\n|---|---|---|\n");
        phase.pipelineThreads().entrySet().stream().limit(8).forEach(e -> md.append(String.format(Locale.ROOT,
                "| %s | %.0f%% | %.2f |%n", e.getKey(), 100 * e.getValue(),
                e.getValue() * phase.cpuMillisPerArticle(Processes.PIPELINE))));
        md.append("\n");
    }

    private static String code(List<String> values) {
        return values.isEmpty() ? "none" : "`" + String.join(" ", values) + "`";
    }

    /** @param met null when the measure has no target */
    private static void row(StringBuilder md, String measure, String result, String target, Boolean met) {
        md.append("| ").append(measure).append(" | ").append(result).append(" | ").append(target).append(" | ")
                .append(met == null ? "" : met ? "met" : "**not met**").append(" |\n");
    }
}
