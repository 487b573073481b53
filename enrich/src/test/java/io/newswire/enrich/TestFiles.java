package io.newswire.enrich;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/** Test helpers: locating the dev corpus and the shared samples, and enriching text in memory. */
public final class TestFiles {

    /** A fixed file time, so that fallbacks are recognisable. */
    public static final Instant MTIME = Instant.parse("2030-01-02T03:04:05Z");

    private static final ArticleEnricher ENRICHER = new ArticleEnricher();

    private TestFiles() {
    }

    public static EnrichedArticle enrich(String fileName, String content) {
        return ENRICHER.enrich(raw(fileName, content));
    }

    public static RawArticle raw(String fileName, String content) {
        return RawArticles.of(fileName, content, MTIME);
    }

    /** enrich/src/test/resources/corpus. */
    public static Path corpus() {
        try {
            return Path.of(TestFiles.class.getResource("/corpus/labels.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * shared/samples beside the project root: from the system property newswire.project.dir (set by surefire), else
     * by walking up from the working directory.
     */
    /**
     * The shared samples, which live beside the project rather than in it. Where they are missing (a clone of the
     * project alone) the test that needs them is aborted with a message; on CI (environment variable CI=true) they must
     * be there, so the check cannot silently vanish.
     */
    public static Path requiredSharedSamples() {
        Optional<Path> samples = sharedSamples();
        if (samples.isPresent()) {
            return samples.get();
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("shared/samples must be beside the project on CI");
        }
        Assumptions.abort("shared/samples is not beside the project (a clone of newswire alone): the samples check needs it");
        throw new AssertionError("unreachable");
    }

    public static Optional<Path> sharedSamples() {
        String projectDir = System.getProperty("newswire.project.dir");
        if (projectDir != null) {
            Optional<Path> p = samplesNear(Path.of(projectDir).toAbsolutePath());
            if (p.isPresent()) {
                return p;
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Optional<Path> p = samplesNear(dir);
            if (p.isPresent()) {
                return p;
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> samplesNear(Path dir) {
        for (Path candidate : new Path[] {dir.resolve("../shared/samples"), dir.resolve("shared/samples")}) {
            if (Files.isRegularFile(candidate.resolve("labels.json"))) {
                return Optional.of(candidate.normalize());
            }
        }
        return Optional.empty();
    }
}
