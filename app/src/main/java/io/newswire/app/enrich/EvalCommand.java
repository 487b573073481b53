package io.newswire.app.enrich;

import io.newswire.enrich.ArticleEnricher;
import io.newswire.enrich.eval.EvalRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code newswire eval}: scores the enrichment of a labelled corpus with the same figures as the reference scorer
 * {@code score.py} (labels in the format of shared/samples/labels.json).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Enrich a labelled corpus and score the tags against its gold labels (the figures of score.py).")
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of article files.")
    Path corpus;

    @Option(names = "--labels", paramLabel = "FILE", description = "Gold labels (default: DIR/labels.json).")
    Path labels;

    @Option(names = "--output", paramLabel = "FILE", description = "Also write the enriched articles as JSON Lines (what score.py reads).")
    Path output;

    @Option(names = {"-v", "--verbose"}, description = "List every miss.")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path labelFile = labels != null ? labels : corpus.resolve("labels.json");
        EvalRunner.Result result = new EvalRunner(new ArticleEnricher()).run(corpus, labelFile, verbose);
        if (output != null) {
            Files.writeString(output, result.jsonl(), StandardCharsets.UTF_8);
        }
        spec.commandLine().getOut().println(result.report());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
