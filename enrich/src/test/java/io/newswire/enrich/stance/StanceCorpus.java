package io.newswire.enrich.stance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.enrich.RawArticles;
import io.newswire.enrich.TestFiles;
import io.newswire.enrich.clean.CleanedArticle;
import io.newswire.enrich.clean.TextCleaner;
import io.newswire.enrich.parse.ArticleParser;
import io.newswire.enrich.parse.ParsedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test access to the stance dev corpus and the shared samples, in the shared labels.json format. */
final class StanceCorpus {

    /** One labelled file. */
    record Item(Path file, String language, Map<String, String> stance, JsonNode label) {
        String raw() {
            try {
                return Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * The article body as the enrich pipeline hands it to the stance step: the clean step (module enrich, package
         * clean) removes boilerplate, embedded posts and reader comments. Stance itself never cleans.
         */
        String cleanedBody() {
            return new TextCleaner().clean(raw(), null, 0).text();
        }

        /**
         * The stance input as the pipeline builds it for any file type (HTML, JSON records, text): parsed by content
         * type, then cleaned, with the parsed title; the language is the gold one, so that stance is scored apart from
         * language detection.
         */
        StanceInput pipelineInput() {
            ParsedArticle parsed = new ArticleParser().parse(raw(), RawArticles.contentType(file.getFileName().toString()));
            CleanedArticle cleaned = new TextCleaner().clean(parsed.body(), parsed.title(), parsed.commentCount());
            return new StanceInput(cleaned.text(), parsed.title(), language);
        }
    }

    private StanceCorpus() {}

    /** {@code enrich/src/test/resources/stance-corpus}. */
    static Path devCorpus() {
        try {
            return Path.of(StanceCorpus.class.getResource("/stance-corpus/labels.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code enrich/src/test/resources/corpus}, the main dev corpus: written independently of the stance rules (by
     * another engineer, for every enrichment step), so for stance it is a held-out check.
     */
    static Path mainCorpus() {
        return TestFiles.corpus();
    }

    /** The shared samples; see {@link TestFiles#requiredSharedSamples()}. */
    static Path sharedSamples() {
        return TestFiles.requiredSharedSamples();
    }

    static List<Item> load(Path dir) {
        try {
            JsonNode labels = new ObjectMapper().readTree(dir.resolve("labels.json").toFile());
            List<Item> out = new ArrayList<>();
            for (JsonNode l : labels) {
                Map<String, String> st = new LinkedHashMap<>();
                Iterator<Map.Entry<String, JsonNode>> it = l.path("stance").fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> e = it.next();
                    st.put(e.getKey(), e.getValue().asText());
                }
                out.add(new Item(dir.resolve(l.get("file").asText()), l.path("language").asText("en"), st, l));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
