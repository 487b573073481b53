package io.newswire.enrich.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newswire.enrich.ArticleEnricher;
import io.newswire.enrich.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java scorer must print what the reference scorer shared/eval/score.py prints, line for line. */
class ScorerMatchesScorePyTest {

    @TempDir
    Path tmp;

    private static Path scorePy() {
        Path script = TestFiles.requiredSharedSamples().getParent().resolve("eval/score.py");
        assertThat(script).as("the reference scorer beside the shared samples").isRegularFile();
        return script;
    }

    private static List<String> python(Path script, Path labels, Path output, boolean verbose) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString(), labels.toString(), output.toString()));
        if (verbose) {
            cmd.add("--verbose");
        }
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "python3 not available");
            throw e;
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.lines().toList();
    }

    @Test
    void sameLinesOnTheCorpusAndTheSamples() throws Exception {
        Path script = scorePy();
        List<EvalRunner.Corpus> corpora = List.of(EvalRunner.Corpus.of(TestFiles.corpus()),
                EvalRunner.Corpus.of(TestFiles.requiredSharedSamples()));
        EvalRunner.Result result = new EvalRunner(new ArticleEnricher()).run(corpora, true);
        Path output = Files.writeString(tmp.resolve("out.jsonl"), result.jsonl());
        Path labels = tmp.resolve("labels.json");
        Files.writeString(labels, combinedLabels(corpora));
        List<String> reference = python(script, labels, output, true);
        assertThat(result.report().lines()).containsExactlyElementsOf(reference);
        assertThat(result.report().scoreLine()).startsWith("SCORE date=");
    }

    @Test
    void sameLinesOnTrickyOutputs() throws Exception {
        Path script = scorePy();
        Path labels = Files.writeString(tmp.resolve("labels.json"), """
        [{"file": "a.txt", "language": "en", "publisher": {"name": "The Associated Press", "domain": "apnews.com"},
          "cited_sources": ["TASS news agency", "Reuters’s", "Yonhap News Agency", "Kremlin"], "published": "2024-01-02",
          "stance": {"Russia": "AGAINST", "China": "FAVOR"}},
         {"file": "b.txt", "publisher": null, "cited_sources": ["X (Twitter)", "EPA-EFE"], "published": null},
         {"file": "c.txt", "language": "de", "publisher": {"name": "Foo", "domain": "www.foo.example"},
          "cited_sources": [], "published": "2024-01-02", "published_window": ["2024-01-01", "2024-01-03"]},
         {"file": "missing.txt", "publisher": null, "cited_sources": ["AFP"], "published": null}]
        """);
        Path output = Files.writeString(tmp.resolve("out.jsonl"), String.join("\n",
                "{\"fileName\": \"dir/a.txt\", \"language\": \"EN-us\", \"publisher\": {\"name\": \"AP\", \"domain\": null, \"confidence\": \"HIGH\"}, "
                        + "\"citedSources\": [{\"name\": \"ITAR-TASS\"}, {\"name\": \"Thomson Reuters\"}, {\"name\": \"the yonhap  agency\"}, "
                        + "{\"name\": \"kremlin.ru\"}, \"CNN\"], \"published\": {\"date\": \"2024-01-02T10:00:00Z\", \"confidence\": 0.95, "
                        + "\"method\": \"metadata\"}, \"stance\": [{\"target\": \"russia\", \"label\": \"against\"}, {\"target\": \"China\", \"label\": \"AGAINST\"}]}",
                "not json, skipped",
                "{\"raw\": {\"fileName\": \"b.txt\"}, \"publisher\": \"Some Blog\", \"citedSources\": [{\"name\": \"Twitter\"}, {\"name\": \"EPA\"}], "
                        + "\"published\": {\"date\": \"2023-12-31\", \"confidence\": 0.7, \"method\": \"TEXT\"}}",
                "{\"file\": \"c.txt\", \"language\": \"de\", \"publisher\": {\"name\": \"Bar\", \"domain\": \"https://news.foo.example/x\", "
                        + "\"confidence\": 0.1}, \"published\": {\"value\": \"2024-01-03\", \"confidence\": 0.125, \"method\": \"FILE_MODIFIED\"}}",
                ""));
        String jsonl = Files.readString(output);
        ScoreReport java = Scorer.score(Labels.load(labels), Scorer.readOutputs(jsonl), true);
        assertThat(java.lines()).containsExactlyElementsOf(python(script, labels, output, true));
        assertThat(Scorer.score(Labels.load(labels), Scorer.readOutputs(jsonl), false).lines())
                .containsExactlyElementsOf(python(script, labels, output, false));
    }

    @Test
    void normalisationFollowsPython() {
        assertThat(PyText.norm("The Associated Press")).isEqualTo("ap");
        assertThat(PyText.norm("Reuters’s")).isEqualTo("reuters");
        assertThat(PyText.norm("Yonhap News Agency")).isEqualTo("yonhap");
        assertThat(PyText.norm("Foo\u00a0 Bar (Baz)!")).isEqualTo("foo bar baz");
        assertThat(PyText.norm("")).isNull();
        assertThat(PyText.dom("https://www2.Example.com/x")).isEqualTo("example.com");
        assertThat(PyText.f2(0.125)).isEqualTo("0.12");
        assertThat(PyText.f2(0.375)).isEqualTo("0.38");
        assertThat(PyText.f2(Double.NaN)).isEqualTo("nan");
    }

    private static String combinedLabels(List<EvalRunner.Corpus> corpora) throws IOException {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        var all = mapper.createArrayNode();
        for (EvalRunner.Corpus c : corpora) {
            mapper.readTree(c.labels().toFile()).forEach(all::add);
        }
        return mapper.writeValueAsString(all);
    }
}
