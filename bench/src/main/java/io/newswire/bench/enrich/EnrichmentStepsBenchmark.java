package io.newswire.bench.enrich;

import io.newswire.avro.PublishedDate;
import io.newswire.avro.RawArticle;
import io.newswire.enrich.clean.CleanedArticle;
import io.newswire.enrich.clean.TextCleaner;
import io.newswire.enrich.date.PublicationDateFinder;
import io.newswire.enrich.language.LanguageDetector;
import io.newswire.enrich.language.LanguageGuess;
import io.newswire.enrich.parse.ArticleParser;
import io.newswire.enrich.parse.ParsedArticle;
import io.newswire.enrich.source.SourceTagger;
import io.newswire.enrich.source.SourceTags;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Each step of {@link ArticleUnderstandingBenchmark} on its own, on the same three inputs, so performance work
 * can see which step the time goes to. Every step gets the real output of the steps before it, computed once in
 * setup.
 *
 * <p>Run: {@code taskset -c 1 java -jar bench/target/benchmarks.jar EnrichmentSteps -f 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
public class EnrichmentStepsBenchmark {

    @Param({"text", "html", "json"})
    public String kind;

    private final ArticleParser parser = new ArticleParser();
    private final TextCleaner cleaner = new TextCleaner();
    private final LanguageDetector languages = LanguageDetector.shared();
    private final SourceTagger sources = new SourceTagger();
    private final PublicationDateFinder dates = new PublicationDateFinder();

    private RawArticle article;
    private ParsedArticle parsed;
    private CleanedArticle cleaned;

    @Setup(Level.Trial)
    public void setUp() {
        article = UnderstandingInputs.of(kind);
        parsed = parser.parse(article.getContent(), article.getContentType());
        cleaned = cleaner.clean(parsed.body(), parsed.title(), parsed.commentCount());
    }

    @Benchmark
    public ParsedArticle parse() {
        return parser.parse(article.getContent(), article.getContentType());
    }

    @Benchmark
    public CleanedArticle clean() {
        return cleaner.clean(parsed.body(), parsed.title(), parsed.commentCount());
    }

    @Benchmark
    public LanguageGuess language() {
        return languages.detect(cleaned.text());
    }

    @Benchmark
    public SourceTags source() {
        return sources.tag(parsed, cleaned, article.getSourceHint());
    }

    @Benchmark
    public PublishedDate date() {
        return dates.find(parsed, cleaned, article.getFileModifiedAt(), article.getIngestedAt());
    }
}
