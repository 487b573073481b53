package io.newswire.enrich;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.Enrichment;
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
import io.newswire.enrich.stance.LexiconStanceTagger;
import io.newswire.enrich.stance.StanceInput;
import io.newswire.enrich.stance.StanceResult;
import io.newswire.enrich.stance.StanceTagger;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Article understanding as a plain library: a {@link RawArticle} in, an {@link EnrichedArticle} out. Runs parse,
 * clean, language, source, date and stance in turn. A step that fails on some input is reported in
 * {@code warnings} and replaced by its "nothing found" result, so that no input makes {@link #enrich} throw;
 * only a record missing required fields is rejected, with {@link ArticleRejectedException}.
 */
public final class ArticleEnricher {

    /** Newer versions replace older ones in news.articles. */
    public static final String VERSION = "0.1.0";

    private final ArticleParser parser = new ArticleParser();
    private final TextCleaner cleaner;
    private final LanguageDetector languages;
    private final SourceTagger sources;
    private final PublicationDateFinder dates = new PublicationDateFinder();
    private final StanceTagger stance;
    private final Clock clock;

    /** The default steps with the shipped gazetteer, cue lists and stance targets, and the system clock. */
    public ArticleEnricher() {
        this(new TextCleaner(), new SourceTagger(), LexiconStanceTagger.defaults(), Clock.systemUTC());
    }

    /**
     * @param cleaner a cleaner, e.g. with user cue lists ({@code CleanerCues.load})
     * @param sources a source tagger, e.g. with a user gazetteer ({@code OutletGazetteer.load})
     * @param stance  the stance step, or {@link StanceTagger#NONE}
     * @param clock   stamps {@code enrichment.enrichedAt}
     */
    public ArticleEnricher(TextCleaner cleaner, SourceTagger sources, StanceTagger stance, Clock clock) {
        this.cleaner = cleaner;
        this.languages = LanguageDetector.shared();
        this.sources = sources;
        this.stance = stance;
        this.clock = clock;
    }

    public EnrichedArticle enrich(RawArticle raw) {
        requireValid(raw);
        List<String> warnings = new ArrayList<>();
        ParsedArticle parsed = step("parse", warnings,
                () -> parser.parse(raw.getContent(), raw.getContentType()),
                () -> ParsedArticle.textOnly(null, raw.getContent(), List.of()));
        warnings.addAll(parsed.warnings());
        CleanedArticle cleaned = step("clean", warnings,
                () -> cleaner.clean(parsed.body(), parsed.title(), parsed.commentCount()),
                () -> CleanedArticle.unclassified(parsed.body()));
        String text = cleaned.text();
        LanguageGuess language = step("language", warnings, () -> languages.detect(text), LanguageGuess::undetermined);
        if (language.code().equals(LanguageGuess.UNDETERMINED)) {
            language = fromHint(parsed.languageHint(), warnings);
        }
        SourceTags tags = step("source", warnings,
                () -> sources.tag(parsed, cleaned, raw.getSourceHint()),
                () -> new SourceTags(null, List.of()));
        PublishedDate published = step("date", warnings,
                () -> dates.find(parsed, cleaned, raw.getFileModifiedAt(), raw.getIngestedAt()),
                () -> null);
        if (published != null && published.getConfidence() < 0.5) {
            warnings.add("publication date not stated in the file: " + published.getMethod().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " at confidence " + published.getConfidence());
        }
        StanceInput stanceInput = new StanceInput(text, parsed.title(), language.code());
        StanceResult stanceResult = step("stance", warnings, () -> stance.tag(stanceInput),
                () -> new StanceResult(List.of(), List.of()));
        warnings.addAll(stanceResult.warnings());

        return EnrichedArticle.newBuilder()
                .setId(CanonicalUrl.articleId(parsed.url(), raw.getId()))
                .setRawId(raw.getId())
                .setFileName(raw.getFileName())
                .setRelativePath(raw.getRelativePath())
                .setSourceHint(raw.getSourceHint())
                .setContentType(raw.getContentType())
                .setLineNumber(raw.getLineNumber())
                .setIngestedAt(raw.getIngestedAt())
                .setFileModifiedAt(raw.getFileModifiedAt())
                .setUrl(parsed.url())
                .setTitle(parsed.title())
                .setAuthor(parsed.author())
                .setText(text)
                .setLanguage(language.code())
                .setLanguageConfidence(language.confidence())
                .setPublisher(tags.publisher())
                .setCitedSources(tags.citedSources())
                .setPublished(published)
                .setStance(stanceResult.stances())
                .setCommentCount(cleaned.commentCount())
                .setWarnings(warnings)
                .setEnrichment(new Enrichment(VERSION, clock.instant()))
                .build();
    }

    private static void requireValid(RawArticle raw) {
        if (raw == null || raw.getId() == null || raw.getFileName() == null || raw.getContentType() == null
                || raw.getContent() == null || raw.getIngestedAt() == null) {
            throw new ArticleRejectedException("INVALID_RECORD",
                    "The raw article lacks a required field (id, fileName, contentType, content or ingestedAt); re-ingest the file.", null);
        }
    }

    /** A declared language ("en-GB", "de_DE") when the text itself is too short to tell. */
    private static LanguageGuess fromHint(String hint, List<String> warnings) {
        if (hint != null && hint.matches("(?i)[a-z]{2}([-_].*)?")) {
            warnings.add("language: text too short to detect; using the declared language '" + hint + "'");
            return new LanguageGuess(hint.substring(0, 2).toLowerCase(Locale.ROOT), 0.3);
        }
        warnings.add("language: text too short to detect");
        return LanguageGuess.undetermined();
    }

    /** Runs one step; a failure becomes a warning and the step's empty result. */
    private static <T> T step(String name, List<String> warnings, Supplier<T> work, Supplier<T> empty) {
        try {
            return work.get();
        } catch (RuntimeException | StackOverflowError e) {
            warnings.add(name + " step failed (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
            return empty.get();
        }
    }
}
