package io.newswire.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResultsReportTest {
    private final String report = ResultsReport.render(SampleResults.result(), "performance");

    @Test
    void theTableHasEveryFigureAndSaysWhichTargetsAreMet() {
        assertThat(report).contains("| Throughput: 4,000 articles dropped at once", "**4,000 articles/s** (12.0 MB/s) in 1.0 s",
                "| ≥ 3,000/s | met |");
        assertThat(report).contains("20,000 records/s (60.0 MB/s)", "**0.200** | ≥ 0.25 | **not met** |");
        assertThat(report).contains("at 500 files/s for 1 s (500 articles)", "349 / 574 / **594** / 598 ms",
                "p99 ≤ 1,500 ms at 500/s | met |");
        assertThat(report).contains("**1,200 MB** | ≤ 1,500 MB | met |");
        assertThat(report).contains("1.80 / 0.60 cores; 0.45 / 1.80 ms per article");
        assertThat(report).contains("250 MB, 0.01 cores");
    }

    @Test
    void thePipelinesCpuIsBrokenDownByThread() {
        assertThat(report).contains("Where the pipeline JVM's CPU went in the throughput run (0.45 ms per article)",
                "| enrich stream threads | 75% | 0.34 |");
    }

    @Test
    void articlesNeverSeenAreReported() {
        assertThat(report).contains("**1 article(s) never became visible**");
    }

    @Test
    void itDescribesHowItWasRunAndLinksTheCharts() {
        assertThat(report).contains("Run 2025-06-01T12:00:00Z on commit abc1234; load average at the start 0.10 0.20 0.30 (2 cores).");
        assertThat(report).contains("    scripts/bench-e2e --articles 4000", "2 cores (Test CPU), 24.0 GiB memory",
                "its JVM flags (the launcher's included): `-Xmx1g`; configuration overrides: `enrich.threads=2`", "Warm-up: rounds of 100 articles until the JIT compiler took less than 5 %");
        assertThat(report).contains("![throughput](performance/throughput.png)", "![resources](performance/resources.png)");
    }
}
