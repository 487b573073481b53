package io.newswire.bench.articles;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes generated articles to a folder:
 * {@code java -cp bench/target/benchmarks.jar io.newswire.bench.articles.GenerateArticles --count N --out DIR}.
 */
@Command(name = "generate-articles", mixinStandardHelpOptions = true,
        description = "Write realistic article files (text, HTML, JSON; en, de, fr, es, ru; about 3 KB on average) "
                + "in one folder per source, with a manifest.tsv listing each file's expected ids.")
public final class GenerateArticles implements Callable<Integer> {
    @Option(names = "--count", required = true, description = "How many articles.")
    int count;

    @Option(names = "--out", required = true, description = "Folder to write to (created if missing).")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "Seed; the same seed gives the same files (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--first", defaultValue = "0", description = "Serial number of the first article (default ${DEFAULT-VALUE}).")
    int first;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GenerateArticles()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (count < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--count must be at least 1");
        }
        List<ArticleFile> files = ArticleFiles.write(new ArticleGenerator(seed), first, count, out);
        long bytes = files.stream().mapToLong(ArticleFile::size).sum();
        System.out.printf("%d articles, %d bytes (%.0f bytes on average) in %s%n", files.size(), bytes,
                (double) bytes / files.size(), out.toAbsolutePath());
        System.out.println("formats:   " + shares(files, f -> f.format().name().toLowerCase()));
        System.out.println("languages: " + shares(files, ArticleFile::language));
        return 0;
    }

    private static String shares(List<ArticleFile> files, Function<ArticleFile, String> key) {
        Map<String, Long> counts = files.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream().map(e -> String.format("%s %.0f%%", e.getKey(), 100.0 * e.getValue() / files.size()))
                .collect(Collectors.joining(", "));
    }
}
