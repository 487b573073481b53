package io.newswire.enrich.stance;

import io.newswire.enrich.stance.StanceLexicon.Entry;
import io.newswire.enrich.stance.StanceLexicon.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The default {@link StanceTagger}: target-aware, voice-aware lexicon rules. No model, no dependency.
 *
 * <p>How it works, in order:
 * <ol>
 *   <li><b>Text.</b> Paragraphs (one per line; exact repeats such as captions counted once), tokens, quotation marks
 *       (straight and curly, single and double, « », „ “; a quotation may span sentences but ends with its paragraph),
 *       sentences.</li>
 *   <li><b>Voice.</b> Every token belongs to the author, to a quoted speaker (inside quotation marks, or an embedded
 *       post), or to a reported speaker: the clause after a reporting verb ("Kim said that ..."), the clause before a
 *       trailing attribution ("..., Kim said at a meeting"), the clause governed by "according to", and text after a
 *       speaker's name and a colon ("Kim Jong-un and Putin: We ..."). A reporting verb does not count after a modal,
 *       "to", a determiner or "I"/"we" ("should insist", "to mock", "the claim", "I think").</li>
 *   <li><b>Cues.</b> Lexicon cues count only in the author's voice, except mockery (bromance, BFF), whose register is
 *       the author's even inside a paraphrase. A short quotation (at most four words) in a sentence with no
 *       attribution is a scare quote, and mocks what it quotes when that is a claim ("peace", "election") or praise.
 *       Negators flip the next cue ("not a threat" is weakly favourable, "hardly a success" unfavourable), hedges
 *       halve it, intensifiers strengthen it, "so-called" turns praise into mockery. In "not X but Y" the point Y
 *       is strengthened and a foil X with a cue in Y does not count; a negation does not reach past "but".</li>
 *   <li><b>Binding.</b> Each cue is bound to the target it is about: a fixed target (framing such as "special military
 *       operation"); the target it is part of or attached to ("North Korean dictator", "Kim's bellicose regime",
 *       "regime in Pyongyang", "despot Kim Jong Un"); both targets of a pair for shared references ("the two
 *       dictators", "both leaders", "bromance"); the antecedent of a definite description ("the invaders"), chosen
 *       among recent targets, preferring one the article already judges the same way; otherwise the nearest target
 *       in the clause, then in the sentence, then in the previous sentences (weaker). A criticism directly followed
 *       by "for", "against", "on", "to" and a target ("a disaster for Russia", "aggression against Ukraine") is about
 *       what is done to that target, so it is not bound to it.</li>
 *   <li><b>Aggregation.</b> Per target, favourable and unfavourable weights are summed. A label needs a net weight
 *       over a threshold and a clear majority; the threshold is higher in straight reporting than in an opinionated
 *       article (so one epithet in a wire story stays NEUTRAL, while an opinion piece's jab at a side target counts).
 *       How opinionated an article is comes from its author-voice cue weight and its genre: an opinion label or a
 *       columnist's byline in the header, the author's first person and "should", rhetorical questions; a wire
 *       dateline ("SEOUL, Oct 11 (Reuters) -") counts for straight reporting.
 *       Confidence grows with the margin; evidence is the three sentences that weighed most, with their cues.</li>
 * </ol>
 * Thread-safe and immutable once built.
 */
public final class LexiconStanceTagger implements StanceTagger {

    /** Languages this tagger's lexicon covers. */
    public static final Set<String> SUPPORTED = Set.of("en");

    /** What an alias phrase stands for. */
    record AliasRef(int target, byte kind) {
        static final byte ALIAS = 0;
        static final byte SHORT = 1;
        static final byte EXCLUDE = 2;
    }

    /** Tuning constants, in one place. */
    static final class Tuning {
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
        static final int MAX_DISTANCE = 12;
        static final int MODIFIER_WINDOW = 3;
        static final int SHARED_WINDOW = 4;
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
    }

    final String[] targetNames;
    final PhraseMatcher<AliasRef> aliases = new PhraseMatcher<>();
    final PhraseMatcher<Entry> cues = new PhraseMatcher<>();
    final Set<String> scareWords = new HashSet<>();
    final Map<String, Integer> targetIndex = new HashMap<>();
    private final StanceTargets targets;
    private final StanceLexicon lexicon;

    public LexiconStanceTagger(StanceTargets targets, StanceLexicon lexicon) {
        this.targets = targets;
        this.lexicon = lexicon;
        List<StanceTargets.Target> ts = targets.targets();
        targetNames = new String[ts.size()];
        for (int i = 0; i < ts.size(); i++) {
            StanceTargets.Target t = ts.get(i);
            targetNames[i] = t.name();
            targetIndex.put(t.name().toLowerCase(Locale.ROOT), i);
            for (String a : t.aliases()) {
                boolean oneWord = Tokenizer.tokenize(a).stream().filter(Token::isWord).count() == 1;
                aliases.add(a, oneWord, new AliasRef(i, AliasRef.ALIAS));
            }
            for (String a : t.shortAliases()) {
                aliases.add(a, true, new AliasRef(i, AliasRef.SHORT));
            }
            for (String a : t.excludes()) {
                aliases.add(a, false, new AliasRef(i, AliasRef.EXCLUDE));
            }
        }
        for (String o : targets.others()) {
            boolean oneWord = Tokenizer.tokenize(o).stream().filter(Token::isWord).count() == 1;
            aliases.add(o, oneWord, new AliasRef(ts.size(), AliasRef.ALIAS));
        }
        for (Entry e : lexicon.entries()) {
            if (e.kind() == Kind.SCARE) {
                for (Token w : Tokenizer.tokenize(e.phrase())) {
                    if (w.isWord() && !isFunctionWord(w.norm)) {
                        scareWords.add(w.stem);
                    }
                }
            } else {
                cues.add(e.phrase(), false, e);
            }
        }
    }

    /** The default targets and lexicon. */
    public static LexiconStanceTagger defaults() {
        return new LexiconStanceTagger(StanceTargets.defaults(), StanceLexicon.defaults());
    }

    public StanceTargets targets() {
        return targets;
    }

    public StanceLexicon lexicon() {
        return lexicon;
    }

    @Override
    public Set<String> supportedLanguages() {
        return SUPPORTED;
    }

    @Override
    public StanceResult tag(StanceInput input) {
        String lang = input.language() == null ? "" : input.language().strip().toLowerCase(Locale.ROOT);
        List<String> warnings = new ArrayList<>(1);
        if (lang.length() > 2 && lang.charAt(2) == '-' || lang.length() > 2 && lang.charAt(2) == '_') {
            lang = lang.substring(0, 2);
        }
        if (lang.isEmpty() || lang.equals("und")) {
            if (!looksEnglish(input.text())) {
                return StanceResult.skipped("stance skipped: language is undetermined and the text does not look like English");
            }
            warnings.add("stance: language undetermined; the text looks like English, so English cues were used");
        } else if (!SUPPORTED.contains(lang)) {
            return StanceResult.skipped("stance skipped: language '" + lang + "' is not supported (supported: "
                    + String.join(", ", SUPPORTED.stream().sorted().toList()) + ")");
        }
        StanceAnalysis a = new StanceAnalysis(this, input.text(), input.title());
        return new StanceResult(a.run(), warnings);
    }

    private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "on",
            "was", "as", "by", "it", "at", "from", "said", "has", "have", "are", "his", "its", "their", "will", "not", "be");

    static boolean looksEnglish(String text) {
        int words = 0;
        int hits = 0;
        for (Token t : Tokenizer.tokenize(text.length() > 4000 ? text.substring(0, 4000) : text)) {
            if (t.type == Token.WORD) {
                words++;
                if (ENGLISH.contains(t.norm)) {
                    hits++;
                }
            }
        }
        return words >= 5 && hits >= 0.15 * words;
    }

    static boolean isFunctionWord(String w) {
        return switch (w) {
            case "a", "an", "the", "of", "no", "in", "on", "to", "and", "or" -> true;
            default -> false;
        };
    }
}
