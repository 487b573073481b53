package io.newswire.enrich.stance;

/** The weights, thresholds and windows of the {@link LexiconStanceTagger} rules, in one place. */
final class Tuning {
    /** Net weight a target needs for a label in straight reporting. */
    static final double THRESHOLD_NEWS = 2.0;
    /** ... and in an opinionated article. */
    static final double THRESHOLD_OPINION = 0.8;
    /** Total author-voice cue weight at and below which an article reads as straight reporting. */
    static final double OPINION_LOW = 2.5;
    /** ... and at and above which it reads as opinion. */
    static final double OPINION_HIGH = 6.0;
    /** Articles longer than this many sentences have their opinion weight divided by sqrt(sentences / this). */
    static final int OPINION_SENTENCES = 12;
    /** Share of the target's total cue weight the net must reach. */
    static final double DOMINANCE = 0.4;
    static final double NEGATED_NEGATIVE = 0.5;
    static final double NEGATED_POSITIVE = 0.8;
    static final double REPORTED_MOCKERY = 0.8;
    static final double SCARE_QUOTE = 1.0;
    static final int SCARE_MAX_WORDS = 4;
    static final double SAME_SENTENCE = 0.7;
    static final double CONTEXT = 0.6;
    static final double ANAPHOR = 0.9;
    static final int CONTEXT_SENTENCES = 4;
    static final int ANAPHOR_SENTENCES = 6;
    /** A candidate antecedent the article already judges the other way by at least this much is not taken. */
    static final double DISAGREE_EXCLUDE = 1.0;
    /** A scare quote within this many tokens of a reporting verb is someone's words, not scare quotes. */
    static final int SPEECH_NEAR_QUOTE = 6;
    static final int PAIR_SENTENCES = 5;
    static final double AGREE_BONUS = 0.4;
    static final double DISAGREE_PENALTY = 1.5;
    static final double CONTEXT_MARGIN = 0.3;
    /** Farthest a target may be from a cue bound to it as the nearest, counting the penalties below. */
    static final int MAX_DISTANCE = 12;
    /** Distance added for a target after the cue (what precedes is more often what the cue is about), ... */
    static final int AFTER_PENALTY = 3;
    /** ... for each comma between them, ... */
    static final int COMMA_PENALTY = 4;
    /** ... and for each soft break between them ("despite", "while", "but"). */
    static final int SOFT_BREAK_PENALTY = 6;
    /** Words before a cue within which a negator or "so-called" applies, ... */
    static final int MODIFIER_WINDOW = 3;
    /** ... an intensifier, ... */
    static final int INTENSIFIER_WINDOW = 2;
    /** ... and a SHARED word ("both", "the two"). */
    static final int SHARED_WINDOW = 4;
    /** Tokens before a cue searched for a hedge, within its clause. */
    static final int HEDGE_WINDOW = 14;
    /** "not X but Y": Y's weight is multiplied by this; a negated praise X without a cue in Y, too. */
    static final double CONTRAST = 1.3;
    /** Tokens searched for "but" after a negator, and taken as the point after it. */
    static final int CONTRAST_WINDOW = 8;
    /** Opinion weight an opinion label in the header adds ("Opinion |", "Editorial:"). */
    static final double GENRE_LABEL = 3.0;
    /** Opinion weight a wire dateline in the header takes away. */
    static final double GENRE_WIRE = 1.0;
    /** ... each first-person word in the author's voice adds, up to the max. */
    static final double GENRE_FIRST_PERSON = 0.5;
    static final double GENRE_FIRST_PERSON_MAX = 2.0;
    /** ... each "should"/"must" in the author's voice. */
    static final double GENRE_PRESCRIPTIVE = 0.5;
    static final double GENRE_PRESCRIPTIVE_MAX = 1.5;
    /** ... each question in the author's voice. */
    static final double GENRE_QUESTION = 0.75;
    static final double GENRE_QUESTION_MAX = 1.5;

    private Tuning() {}
}
