package io.newswire.bench.chaos;

import io.newswire.bench.chaos.JvmSampler.JvmSample;
import io.newswire.bench.chaos.SoakRun.Result;
import io.newswire.bench.chaos.SoakRun.Sample;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;

/** The Markdown report of a soak run, and its samples as CSV. */
final class SoakReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private SoakReport() {
    }

    static String markdown(Result r, List<SoakVerdict> verdicts, double maxHeapSlope, int maxThreadSpread, String command,
            String loadAtStart, String loadAtEnd, Instant startedAt) {
        boolean flat = verdicts.stream().allMatch(SoakVerdict::flat);
        StringBuilder md = new StringBuilder();
        md.append("# Soak run ").append(TIME.format(startedAt)).append(": ").append(flat ? "FLAT" : "NOT FLAT").append("\n\n");
        md.append("`").append(command).append("`\n\n| | |\n|---|---|\n");
        row(md, "machine", Machine.describe() + "; load average " + loadAtStart + " at the start, " + loadAtEnd
                + " at the end (1/5/15 min)");
        row(md, "load", String.format("%d files dropped in %d min at %.1f files/s (target %.0f); every %dth deliberately bad",
                r.filesDropped(), r.options().duration().toMinutes(), r.achievedRate(), r.options().rate(),
                r.options().badEvery()));
        row(md, "processes", "broker, registry, ingest, enrich, sink: each its own `newswire` JVM (packaged jar), heaps "
                + "-Xmx broker " + Role.BROKER.maxHeap() + ", ingest " + Role.INGEST.maxHeap() + ", enrich "
                + Role.ENRICH.maxHeap() + ", sink " + Role.SINK.maxHeap() + "; the registry's Apicurio JVM -Xmx256m; "
                + "ingest deletes published files (`ingest.done-policy=delete`)");
        row(md, "measurement", "every " + r.options().sampleEvery().toSeconds() + " s per JVM: `jcmd PID GC.run` (a full "
                + "collection) then `GC.heap_info`, so the heap figure is the live set after GC; threads and RSS from "
                + "`/proc/PID/status`");
        row(md, "verdict rule", String.format("over the last two thirds of the run: least-squares slope of the heap after "
                + "GC at most %.2f MiB/min, and threads max - min at most %d", maxHeapSlope, maxThreadSpread));
        row(md, "largest backlog", String.format("inbox %d files, enrich %d records, sink %d records (a backlog that "
                + "keeps growing means the pipeline did not keep up with the rate on this machine)",
                r.samples().stream().mapToLong(s -> s.backlog().inboxFiles()).max().orElse(0),
                r.samples().stream().mapToLong(s -> s.backlog().enrichLag()).max().orElse(0),
                r.samples().stream().mapToLong(s -> s.backlog().sinkLag()).max().orElse(0)));
        row(md, "drained after the last drop", r.drained() ? String.format("in %.0f s", r.drainSeconds())
                : String.format("NO: backlog left after %.0f s", r.drainSeconds()));

        md.append("\n## Verdict per JVM\n\n| JVM | pid | heap after GC, first → last judged sample | slope | "
                + "threads (last 2/3) | RSS first → last | flat |\n|---|---|---|---|---|---|---|\n");
        Sample first = r.samples().get(0);
        Sample last = r.samples().get(r.samples().size() - 1);
        for (SoakVerdict v : verdicts) {
            md.append(String.format("| %s | %d | %.1f → %.1f MiB | %+.3f MiB/min | %d–%d | %.0f → %.0f MiB | %s |%n",
                    v.role().command(), r.pids().get(v.role()), v.heapFirstMib(), v.heapLastMib(), v.heapSlopeMibPerMinute(),
                    v.threadsMin(), v.threadsMax(), first.jvms().get(v.role()).rssBytes() / SoakVerdict.MIB,
                    last.jvms().get(v.role()).rssBytes() / SoakVerdict.MIB, v.flat() ? "yes" : "**NO**"));
        }
        table(md, "Heap after GC (MiB)", r, j -> String.format("%.1f", j.heapAfterGcBytes() / SoakVerdict.MIB), true);
        table(md, "Threads", r, j -> String.valueOf(j.threads()), false);
        return md.toString();
    }

    static String csv(Result r) {
        StringBuilder csv = new StringBuilder("minute,files_dropped,inbox_backlog,enrich_lag,sink_lag");
        for (Role role : SoakRun.JVMS) {
            csv.append(',').append(role.command()).append("_heap_after_gc_bytes,").append(role.command()).append("_threads,")
                    .append(role.command()).append("_rss_bytes");
        }
        csv.append('\n');
        for (Sample s : r.samples()) {
            csv.append(String.format("%.2f,%d,%d,%d,%d", s.atMinutes(), s.dropped(), s.backlog().inboxFiles(),
                    s.backlog().enrichLag(), s.backlog().sinkLag()));
            for (Role role : SoakRun.JVMS) {
                JvmSample j = s.jvms().get(role);
                csv.append(',').append(j.heapAfterGcBytes()).append(',').append(j.threads()).append(',').append(j.rssBytes());
            }
            csv.append('\n');
        }
        return csv.toString();
    }

    private static void table(StringBuilder md, String title, Result r, Function<JvmSample, String> figure, boolean backlog) {
        md.append("\n## ").append(title).append("\n\n| minute |");
        SoakRun.JVMS.forEach(role -> md.append(' ').append(role.command()).append(" |"));
        md.append(backlog ? " files dropped | inbox backlog | enrich lag | sink lag |\n|---|" : "\n|---|");
        SoakRun.JVMS.forEach(role -> md.append("---|"));
        md.append(backlog ? "---|---|---|---|\n" : "\n");
        for (Sample s : r.samples()) {
            md.append(String.format("| %.1f |", s.atMinutes()));
            SoakRun.JVMS.forEach(role -> md.append(' ').append(figure.apply(s.jvms().get(role))).append(" |"));
            if (backlog) {
                md.append(String.format(" %d | %d | %d | %d |", s.dropped(), s.backlog().inboxFiles(), s.backlog().enrichLag(),
                        s.backlog().sinkLag()));
            }
            md.append('\n');
        }
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
    }
}
