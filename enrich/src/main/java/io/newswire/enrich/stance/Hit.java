package io.newswire.enrich.stance;

import io.newswire.enrich.stance.StanceLexicon.Entry;

/** A lexicon phrase found in the text: tokens start (inclusive) to end (exclusive). */
final class Hit {
    final int start;
    final int end;
    final Entry entry;
    /** For SPEECH hits: used as a reporting verb here (set by {@link VoiceAttribution}). */
    boolean reportingVerb;
    /** For IRONY hits: applied to the cue after it, so not a cue itself (set by {@link CueReader}). */
    boolean appliedAsModifier;

    Hit(int start, int end, Entry entry) {
        this.start = start;
        this.end = end;
        this.entry = entry;
    }
}
