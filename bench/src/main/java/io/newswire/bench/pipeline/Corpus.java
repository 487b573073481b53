package io.newswire.bench.pipeline;

import io.newswire.bench.articles.ArticleFile;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A one-line description of the generated articles of a run, for the report. */
final class Corpus {
    private Corpus() {
    }

    static String describe(List<ArticleFile> files, long seed) {
        IntSummaryStatistics sizes = files.stream().mapToInt(ArticleFile::size).summaryStatistics();
        return String.format(Locale.ROOT, "%,d generated articles (seed %d): %s; %s; %,.0f bytes on average (%,d to %,d), "
                        + "%.1f MB in all.", files.size(), seed, shares(files, f -> f.format().name().toLowerCase(Locale.ROOT)),
                shares(files, ArticleFile::language), sizes.getAverage(), sizes.getMin(), sizes.getMax(), sizes.getSum() / 1e6);
    }

    private static String shares(List<ArticleFile> files, Function<ArticleFile, String> key) {
        Map<String, Long> counts = files.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / files.size()))
                .collect(Collectors.joining(", "));
    }
}
