package io.newswire.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.enrich.ArticleEnricher;
import io.newswire.enrich.RawArticles;
import io.newswire.platform.json.AvroJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code newswire eval}: enriches every file of one or more corpus folders and scores the output against their
 * labels with {@link Scorer} (the same figures as {@code score.py} on the same output).
 */
public final class EvalRunner {

    /** A folder of article files and its labels file. */
    public record Corpus(Path dir, Path labels) {

        /** A folder with its labels in {@code labels.json} inside it. */
        public static Corpus of(Path dir) {
            return new Corpus(dir, dir.resolve("labels.json"));
        }
    }

    /** The enriched articles as JSON Lines (what score.py reads) and the score. */
    public record Result(String jsonl, ScoreReport report) {
    }

    private final ArticleEnricher enricher;

    public EvalRunner(ArticleEnricher enricher) {
        this.enricher = enricher;
    }

    public Result run(Path dir, Path labels, boolean verbose) throws IOException {
        return run(List.of(new Corpus(dir, labels)), verbose);
    }

    public Result run(List<Corpus> corpora, boolean verbose) throws IOException {
        List<Label> labels = new ArrayList<>();
        StringBuilder jsonl = new StringBuilder();
        for (Corpus c : corpora) {
            labels.addAll(Labels.load(c.labels()));
            for (EnrichedArticle a : enrichAll(c.dir(), c.labels())) {
                jsonl.append(AvroJson.toJsonLine(a)).append('\n');
            }
        }
        Map<String, JsonNode> outputs = new LinkedHashMap<>(Scorer.readOutputs(jsonl.toString()));
        return new Result(jsonl.toString(), Scorer.score(labels, outputs, verbose));
    }

    /** Every regular, non-hidden file of the folder except the labels file, in name order. */
    public List<EnrichedArticle> enrichAll(Path dir, Path labels) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> labels == null || !p.toAbsolutePath().normalize().equals(labels.toAbsolutePath().normalize()))
                    .sorted()
                    .toList();
        }
        List<EnrichedArticle> out = new ArrayList<>();
        for (Path f : files) {
            for (RawArticle raw : RawArticles.fromFile(f)) {
                out.add(enricher.enrich(raw));
            }
        }
        return out;
    }
}
