package io.newswire.app.enrich;

import io.newswire.avro.RawArticle;
import io.newswire.enrich.ArticleEnricher;
import io.newswire.enrich.ExplainReport;
import io.newswire.enrich.RawArticles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newswire explain}: the full enrichment of files, without Kafka, with the evidence behind every tag. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Enrich article files without Kafka and show every tag with its confidence and evidence.")
public final class ExplainCommand implements Callable<Integer> {
    @Option(names = "--json", description = "One plain JSON object per article, in the EnrichedArticle field names.")
    boolean json;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Article files (.txt, .html, .json, .jsonl, ...).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArticleEnricher enricher = new ArticleEnricher();
        int unreadable = 0;
        for (Path file : files) {
            try {
                for (RawArticle raw : RawArticles.fromFile(file)) {
                    out.println(json ? ExplainReport.json(enricher.enrich(raw)) : ExplainReport.text(enricher.enrich(raw)));
                }
            } catch (IOException e) {
                err.println("newswire explain: cannot read " + file + ": " + e.getMessage());
                unreadable++;
            }
        }
        out.flush();
        return unreadable == 0 ? 0 : 1;
    }
}
