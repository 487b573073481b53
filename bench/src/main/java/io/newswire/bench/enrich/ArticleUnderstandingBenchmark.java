package io.newswire.bench.enrich;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.enrich.ArticleEnricher;
import io.newswire.enrich.clean.TextCleaner;
import io.newswire.enrich.source.SourceTagger;
import io.newswire.enrich.stance.StanceTagger;
import java.time.Clock;
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
 * Parse, clean, language, source and date on one 4 KB article, single-threaded (the budget: 150 µs or less
 * per article, median, one core). Stance has its own benchmark ({@code StanceBenchmark}), so it is switched off
 * here: the same {@link ArticleEnricher} pipeline with {@link StanceTagger#NONE}. Sample-time mode, so the report
 * shows the median (p0.50) and the tail. Three inputs: a plain-text scrape, an HTML page, a JSON feed record.
 *
 * <p>The warm-up is 20 s because under {@code taskset -c 1} the JIT compiles on the measured core: with 5 s, C2 was
 * still compiling the library's large methods during measurement and the median came out 1.5 to 2 times too high.
 *
 * <p>Run: {@code taskset -c 1 java -jar bench/target/benchmarks.jar ArticleUnderstanding -f 1}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 1)
public class ArticleUnderstandingBenchmark {

    @Param({"text", "html", "json"})
    public String kind;

    private ArticleEnricher enricher;
    private RawArticle article;

    @Setup(Level.Trial)
    public void setUp() {
        enricher = new ArticleEnricher(new TextCleaner(), new SourceTagger(), StanceTagger.NONE, Clock.systemUTC());
        article = UnderstandingInputs.of(kind);
        if (article.getSizeBytes() < UnderstandingInputs.SIZE || article.getSizeBytes() > UnderstandingInputs.SIZE + UnderstandingInputs.SLACK) {
            throw new IllegalStateException("the " + kind + " input has " + article.getSizeBytes() + " bytes, not about 4 KB");
        }
        EnrichedArticle result = enricher.enrich(article);
        // A benchmark of a pipeline that silently fails a step would measure the wrong thing.
        if (!result.getWarnings().stream().noneMatch(w -> w.contains("step failed")) || !"en".equals(result.getLanguage())
                || result.getPublished() == null || result.getCitedSources().isEmpty()) {
            throw new IllegalStateException("unexpected enrichment of the " + kind + " input: " + result);
        }
    }

    @Benchmark
    public EnrichedArticle parseCleanLanguageSourceDate() {
        return enricher.enrich(article);
    }
}
