package io.newswire.enrich.stance;

import java.util.List;
import java.util.Set;

/**
 * Tags the author's own stance toward configured targets in a cleaned article body: the enricher's stance step.
 *
 * <p>This is the plug-in point for other classifiers: a model-based tagger implements this interface and takes
 * the place of {@link LexiconStanceTagger}. The contract every implementation keeps:
 * <ul>
 *   <li>one {@link io.newswire.avro.Stance} per configured target that the body mentions, none for the others;</li>
 *   <li>the stance is the author's own voice: quoted and reported speech, embedded posts and reader comments are
 *       not the author's (comments are removed before the tagger sees the text, but a tagger must not rely on it);</li>
 *   <li>each entry carries evidence a person can read: up to three sentences, each with the cues that fired;</li>
 *   <li>for a language the tagger does not support it returns no entries and a warning saying stance was skipped,
 *       rather than a guess.</li>
 * </ul>
 * Implementations must be thread-safe: one instance serves every stream thread. {@link #NONE} reports no targets.
 */
public interface StanceTagger {

    /** Stance switched off: no targets, so no entries and no warnings, for every input. */
    StanceTagger NONE = new StanceTagger() {
        @Override
        public StanceResult tag(StanceInput input) {
            return new StanceResult(List.of(), List.of());
        }

        @Override
        public Set<String> supportedLanguages() {
            return Set.of();
        }

        @Override
        public String toString() {
            return "StanceTagger.NONE";
        }
    };

    /** Stance entries for the targets the text mentions, with warnings for a person. Never null; never throws on text. */
    StanceResult tag(StanceInput input);

    /** ISO 639-1 codes this tagger gives stance for; for any other language it returns no entries and a warning. */
    Set<String> supportedLanguages();
}
