package io.newswire.bench.chaos;

import io.newswire.bench.chaos.ChaosRun.FaultRecord;
import io.newswire.bench.chaos.ChaosRun.Result;
import io.newswire.bench.chaos.Pipeline.UnexpectedExit;
import io.newswire.bench.chaos.Verification.Check;
import io.newswire.bench.chaos.Verification.Outcome;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The Markdown report of a chaos run. */
final class ChaosReport {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final Map<Outcome, String> OUTCOMES = new EnumMap<>(Map.of(
            Outcome.ARTICLE, "article in news.articles (file in done/)",
            Outcome.REJECTED, "rejected by ingest: in failed/ and news.dlq",
            Outcome.DEAD_LETTERED, "dead-lettered by enrich or sink (file in done/, record in news.dlq)",
            Outcome.SEVERAL, "in more than one of these",
            Outcome.LOST, "lost: in none of these"));

    private ChaosReport() {
    }

    static String markdown(Result r, String command, String loadAtStart, String loadAtEnd, Instant startedAt) {
        StringBuilder md = new StringBuilder();
        md.append("# Chaos run ").append(TIME.format(startedAt)).append(": ")
                .append(r.passed() ? "PASSED" : "FAILED").append("\n\n");
        md.append("`").append(command).append("`\n\n");
        md.append("| | |\n|---|---|\n");
        row(md, "machine", Machine.describe() + "; load average " + loadAtStart + " at the start, " + loadAtEnd
                + " at the end (1/5/15 min)");
        long bad = r.options().badEvery() > 0 ? r.options().files() / r.options().badEvery() : 0;
        row(md, "files", String.format("%d dropped (%d of them deliberately bad: binary, empty, malformed JSON) at %.1f files/s "
                + "over %.0f s; copies of %d input files", r.options().files(), bad, r.achievedRate(), r.dropSeconds(),
                r.templates()));
        if (!r.excludedTemplates().isEmpty()) {
            row(md, "inputs left out", String.join(", ", r.excludedTemplates()) + " (their copies would share an article id)");
        }
        Map<Role, Long> kills = r.faults().stream().filter(f -> !f.fault().brokerRestart())
                .collect(Collectors.groupingBy(f -> f.fault().role(), () -> new EnumMap<>(Role.class), Collectors.counting()));
        row(md, "faults", kills.values().stream().mapToLong(Long::longValue).sum() + " SIGKILLs (" + kills.entrySet().stream()
                .map(e -> e.getKey().command() + " " + e.getValue()).collect(Collectors.joining(", ")) + "), "
                + r.faults().stream().filter(f -> f.fault().brokerRestart()).count() + " broker restart (SIGTERM), seed "
                + r.options().seed());
        row(md, "processes", "broker, registry, ingest, enrich, sink: each its own `newswire` JVM (packaged jar)");
        row(md, "fast replacement", "enrich and sink: static group membership (`kafka.group.instance.id`), "
                + "`kafka.session.timeout.ms=" + Pipeline.SESSION_TIMEOUT_MS + "`; ingest: fixed `ingest.instance-id`, so it takes its claim area back");
        row(md, "pipeline start-up", String.format("%.1f s (broker, registry, init, services)", r.startupMillis() / 1000.0));
        row(md, "settled", r.settled() ? String.format("%.0f s after the last drop", r.settledMillis() / 1000.0)
                : "NO: not within " + r.options().settleTimeout().toMinutes() + " min");

        md.append("\n## Faults and recovery\n\n");
        md.append("Times are since the first drop. *Recovery* is the time from the restart (for the broker: from the moment "
                + "it served again) until the stage made progress again: ingest archived a file, enrich or sink committed "
                + "higher offsets. *Outage* is from the fault to that progress. Sampled every "
                + ProgressProbe.INTERVAL_MILLIS + " ms.\n\n");
        md.append("| # | at | fault | paused | stage | recovery | outage |\n|---|---|---|---|---|---|---|\n");
        int n = 1;
        for (FaultRecord f : r.faults()) {
            String what = f.fault().brokerRestart()
                    ? String.format("SIGTERM broker (pid %d, exit code %d; stopped in %.1f s, served again %.1f s after its start)",
                            f.pid(), f.exitCode(), (f.restartedMillis() - f.atMillis() - f.fault().pauseMillis()) / 1000.0,
                            (f.readyMillis() - f.restartedMillis()) / 1000.0)
                    : "SIGKILL " + f.fault().role().command() + " (pid " + f.pid() + ")";
            boolean first = true;
            for (Map.Entry<Role, Long> p : f.progressMillis().entrySet()) {
                md.append("| ").append(first ? String.valueOf(n) : "").append(" | ")
                        .append(first ? RunClock.format(f.atMillis()) : "")
                        .append(" | ").append(first ? what : "").append(" | ")
                        .append(first ? String.format("%.1f s", f.fault().pauseMillis() / 1000.0) : "").append(" | ")
                        .append(p.getKey().command()).append(" | ").append(seconds(p.getValue(), f.readyMillis())).append(" | ")
                        .append(seconds(p.getValue(), f.atMillis())).append(" |\n");
                first = false;
            }
            n++;
        }

        md.append("\n## Where the files ended\n\n| outcome | files |\n|---|---|\n");
        for (Outcome o : Outcome.values()) {
            md.append("| ").append(OUTCOMES.get(o)).append(" | ").append(r.verification().outcomes().getOrDefault(o, 0))
                    .append(" |\n");
        }
        md.append("\n## Invariants\n\n| check | result | detail |\n|---|---|---|\n");
        for (Check c : r.verification().checks()) {
            md.append("| ").append(c.name()).append(" | ").append(c.passed() ? "PASS" : "**FAIL**").append(" | ")
                    .append(c.detail().replace("|", "\\|")).append(" |\n");
        }
        md.append("| no process ended on its own | ").append(r.unexpectedExits().isEmpty() ? "PASS" : "**FAIL**").append(" | ");
        md.append(r.unexpectedExits().isEmpty() ? "none" : r.unexpectedExits().stream()
                .map(ChaosReport::describe).collect(Collectors.joining("; "))).append(" |\n");
        md.append("| the pipeline settled | ").append(r.settled() ? "PASS" : "**FAIL**").append(" | ")
                .append(r.settled() ? "every file arrived" : "timed out").append(" |\n");

        md.append("\n## Figures\n\n| | |\n|---|---|\n");
        r.verification().figures().forEach((k, v) -> row(md, k, v));
        return md.toString();
    }

    private static String describe(UnexpectedExit e) {
        return e.role().command() + " pid " + e.pid() + " exit code " + e.exitCode();
    }

    private static String seconds(long progressMillis, long fromMillis) {
        if (progressMillis == ChaosRun.NOTHING_TO_DO) {
            return "idle (no files left)";
        }
        return progressMillis < 0 ? "not seen" : String.format("%.1f s", (progressMillis - fromMillis) / 1000.0);
    }

    private static void row(StringBuilder md, String name, String value) {
        md.append("| ").append(name).append(" | ").append(value.replace("|", "\\|")).append(" |\n");
    }
}
