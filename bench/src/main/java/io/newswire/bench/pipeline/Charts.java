package io.newswire.bench.pipeline;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.AnnotationLine;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The run's PNG charts, drawn with XChart. */
final class Charts {
    static final String THROUGHPUT = "throughput.png";
    static final String LATENCY_DISTRIBUTION = "latency-distribution.png";
    static final String LATENCY_OVER_TIME = "latency-over-time.png";
    static final String RESOURCES = "resources.png";
    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;

    private Charts() {
    }

    /** Writes every chart into {@code dir}; returns their paths. */
    static List<Path> write(BenchmarkResult r, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> written = new ArrayList<>();
        written.add(save(throughput(r), dir.resolve(THROUGHPUT)));
        written.add(save(latencyDistribution(r), dir.resolve(LATENCY_DISTRIBUTION)));
        written.add(save(latencyOverTime(r), dir.resolve(LATENCY_OVER_TIME)));
        written.add(save(resources(r), dir.resolve(RESOURCES)));
        return written;
    }

    static XYChart throughput(BenchmarkResult r) {
        RunTimes t = r.throughput().times();
        int[] perSecond = t.visiblePerSecond();
        XYChart chart = chart(String.format(Locale.ROOT, "Throughput: %,d articles dropped at once, %,.0f articles/s overall",
                t.articles(), t.throughput()), "seconds since the first drop", "articles/s visible in news.articles");
        line(chart, "articles visible per second", seconds(perSecond.length), toDoubles(perSecond));
        line(chart, "overall average", new double[] {0, perSecond.length - 1}, new double[] {t.throughput(), t.throughput()});
        line(chart, String.format(Locale.ROOT, "target %,.0f/s", ResultsReport.THROUGHPUT_TARGET),
                new double[] {0, perSecond.length - 1},
                new double[] {ResultsReport.THROUGHPUT_TARGET, ResultsReport.THROUGHPUT_TARGET}).setLineColor(Color.GRAY);
        return chart;
    }

    static XYChart latencyDistribution(BenchmarkResult r) {
        long[] latencies = r.latency().times().latenciesMillis();
        LatencyStats stats = LatencyStats.of(latencies);
        long[] sorted = latencies.clone();
        Arrays.sort(sorted);
        long upper = Math.max(1, LatencyStats.percentile(sorted, 0.999));
        long bin = Math.max(1, upper / 60);
        int[] counts = new int[(int) (upper / bin) + 1];
        for (long l : sorted) {
            counts[(int) Math.min(counts.length - 1, l / bin)]++;
        }
        double[] x = new double[counts.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i * bin;
        }
        XYChart chart = chart(String.format(Locale.ROOT, "Latency, drop to visible, at %d files/s: p50 %,d, p95 %,d, p99 %,d, max %,d ms",
                r.rate(), stats.p50(), stats.p95(), stats.p99(), stats.max()),
                String.format(Locale.ROOT, "latency (ms; bins of %d ms, up to p99.9)", bin), "articles");
        line(chart, "articles", x, toDoubles(counts)).setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        chart.getStyler().setLegendVisible(false);
        for (long[] mark : new long[][] {{50, stats.p50()}, {99, stats.p99()}}) {
            chart.addAnnotation(new AnnotationLine(mark[1], true, false));
            chart.addAnnotation(new AnnotationText("p" + mark[0], mark[1], max(counts) * 0.95, false));
        }
        return chart;
    }

    static XYChart latencyOverTime(BenchmarkResult r) {
        RunTimes t = r.latency().times();
        long first = t.firstDrop();
        List<Double> x = new ArrayList<>();
        List<Double> y = new ArrayList<>();
        for (int i = 0; i < t.articles(); i++) {
            if (t.visibleAt()[i] != ArticleObserver.UNSEEN) {
                x.add((t.droppedAt()[i] - first) / 1e9);
                y.add((t.visibleAt()[i] - t.droppedAt()[i]) / 1e6);
            }
        }
        XYChart chart = chart(String.format(Locale.ROOT, "Latency of each article at %d files/s", r.rate()),
                "seconds since the first drop (when the article was dropped)", "latency (ms)");
        XYSeries s = chart.addSeries("latency", x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        s.setMarker(SeriesMarkers.CIRCLE);
        chart.getStyler().setMarkerSize(2);
        chart.getStyler().setLegendVisible(false);
        return chart;
    }

    static XYChart resources(BenchmarkResult r) {
        XYChart chart = chart("Resident memory and CPU over the whole run", "seconds since the pipeline started",
                "resident memory (MB)");
        for (String process : List.of(Processes.PIPELINE, Processes.REGISTRY)) {
            List<ResourceSampler.Sample> samples = r.resources().getOrDefault(process, List.of());
            if (samples.size() > 1) {
                line(chart, process + " RSS (MB)", samples.stream().mapToDouble(s -> (s.nanos() - r.startNanos()) / 1e9).toArray(),
                        samples.stream().mapToDouble(s -> s.rssBytes() / 1e6).toArray());
            }
        }
        List<ResourceSampler.Sample> pipeline = r.resources().getOrDefault(Processes.PIPELINE, List.of());
        if (pipeline.size() > 1) {
            double[] x = new double[pipeline.size() - 1];
            double[] cores = new double[pipeline.size() - 1];
            for (int i = 1; i < pipeline.size(); i++) {
                ResourceSampler.Sample a = pipeline.get(i - 1);
                ResourceSampler.Sample b = pipeline.get(i);
                x[i - 1] = (b.nanos() - r.startNanos()) / 1e9;
                cores[i - 1] = (b.cpuSeconds() - a.cpuSeconds()) / ((b.nanos() - a.nanos()) / 1e9);
            }
            line(chart, "pipeline CPU (cores)", x, cores).setYAxisGroup(1);
            chart.setYAxisGroupTitle(1, "CPU (cores)");
            chart.getStyler().setYAxisGroupPosition(1, Styler.YAxisPosition.Right);
        }
        double labelHeight = r.peakRss().getOrDefault(Processes.PIPELINE, 0L) / 1e6 * 0.97;
        phase(chart, "throughput run", r.throughput().times().firstDrop(), r.startNanos(), labelHeight);
        phase(chart, "latency run", r.latency().times().firstDrop(), r.startNanos(), labelHeight);
        return chart;
    }

    /** A vertical line where a phase starts, labelled at height {@code y} (in MB, the left axis). */
    private static void phase(XYChart chart, String label, long at, long origin, double y) {
        double x = (at - origin) / 1e9;
        chart.addAnnotation(new AnnotationLine(x, true, false));
        chart.addAnnotation(new AnnotationText(label, x, y, false));
    }

    private static XYChart chart(String title, String xTitle, String yTitle) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xTitle).yAxisTitle(yTitle).build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setMarkerSize(0);
        chart.getStyler().setChartBackgroundColor(Color.WHITE);
        chart.getStyler().setPlotGridLinesColor(new Color(225, 225, 225));
        return chart;
    }

    private static XYSeries line(XYChart chart, String name, double[] x, double[] y) {
        XYSeries s = chart.addSeries(name, x, y);
        s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        s.setMarker(SeriesMarkers.NONE);
        return s;
    }

    private static Path save(XYChart chart, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
        return file;
    }

    private static double[] seconds(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    private static double[] toDoubles(int[] values) {
        return Arrays.stream(values).asDoubleStream().toArray();
    }

    private static int max(int[] values) {
        return Arrays.stream(values).max().orElse(1);
    }
}
