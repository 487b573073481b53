package io.newswire.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.ArticleEnricher;
import io.newswire.enrich.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * newswire eval on the dev corpus and the shared samples, with floors at what the enricher achieves. Floors only
 * ever go up; a change that lowers one must be argued, not the floor lowered.
 */
class EvalCorpusTest {

    private static final ArticleEnricher ENRICHER = new ArticleEnricher();

    private static ScoreReport score(Path dir) throws Exception {
        EvalRunner.Result r = new EvalRunner(ENRICHER).run(List.of(EvalRunner.Corpus.of(dir)), true);
        System.out.println("eval " + dir + "\n" + r.report());
        return r.report();
    }

    @Test
    void devCorpusHasAtLeastFortyVariedLabelledFiles() throws Exception {
        Path corpus = TestFiles.corpus();
        List<String> names;
        try (Stream<Path> s = Files.list(corpus)) {
            names = s.map(p -> p.getFileName().toString()).filter(n -> !n.equals("labels.json")).toList();
        }
        assertThat(names).hasSizeGreaterThanOrEqualTo(40);
        assertThat(names).anyMatch(n -> n.endsWith(".txt")).anyMatch(n -> n.endsWith(".html")).anyMatch(n -> n.endsWith(".json"));
        List<Label> labels = Labels.load(corpus.resolve("labels.json"));
        assertThat(labels).extracting(Label::file).containsExactlyInAnyOrderElementsOf(names);
        assertThat(labels).extracting(Label::language).contains("en", "de", "fr", "es", "ru", "ko", "zh");
    }

    @Test
    void devCorpusFloors() throws Exception {
        assertFloors(score(TestFiles.corpus()), 1.00);
    }

    @Test
    void sharedSamplesFloors() throws Exception {
        // Cited sources 0.92: the sample labels count two photo credits (Image by Kremlin.ru, Photo: EPA-EFE) as cited
        // sources, which the issue and shared/README.md exclude; newswire follows the spec.
        assertFloors(score(TestFiles.requiredSharedSamples()), 0.92);
    }

    /** Floors every corpus meets: all figures at 1.00 but cited-sources F1, and no confident wrong date. */
    private static void assertFloors(ScoreReport r, double citedF1) {
        assertThat(r.missing()).isZero();
        assertThat(r.dateAccuracy()).isGreaterThanOrEqualTo(1.00);
        assertThat(r.dateRestraint()).isGreaterThanOrEqualTo(1.00);
        assertThat(r.highConfidenceWrongDates()).isZero();
        assertThat(r.publisherAccuracy()).isGreaterThanOrEqualTo(1.00);
        assertThat(r.publisherRestraint()).isGreaterThanOrEqualTo(1.00);
        assertThat(r.citedF1()).isGreaterThanOrEqualTo(citedF1);
        assertThat(r.languageAccuracy()).isGreaterThanOrEqualTo(1.00);
    }

    /**
     * The stance corpus, labelled for stance, with publisher and cited sources reviewed against the project's label
     * convention: a wire dateline makes the agency a cited source, never the publisher of a bare copy.
     */
    @Test
    void stanceCorpusFloors() throws Exception {
        assertFloors(score(Path.of(EvalCorpusTest.class.getResource("/stance-corpus/labels.json").toURI()).getParent()), 1.00);
    }
}
