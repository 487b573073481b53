package io.newswire.enrich.stance;

import io.newswire.avro.Stance;

/** The default tagger on English text, and a lookup that fails with the whole result when a target has no entry. */
final class EnglishStance {
    private static final LexiconStanceTagger TAGGER = LexiconStanceTagger.defaults();

    private EnglishStance() {
    }

    static StanceResult tag(String text) {
        return TAGGER.tag(StanceInput.of(text, "en"));
    }

    static Stance entry(StanceResult r, String target) {
        return r.get(target).orElseThrow(() -> new AssertionError("no entry for " + target + ": " + r));
    }
}
