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
 * <p>How it works, in order; one class per decision, {@link StanceAnalysis} runs them:
 * <ol>
 *   <li><b>Text</b> ({@link ArticleText}, {@link Quotations}, {@link Sentences}, {@link Mentions}, {@link Hits}):
 *       paragraphs, tokens, quotation marks, sentences, the names of targets and the lexicon phrases.</li>
 *   <li><b>Voice</b> ({@link VoiceAttribution}): every token is the author's, a quoted speaker's (quotation marks,
 *       embedded posts) or a reported speaker's (reporting verbs, "according to", a speaker's name and a colon).</li>
 *   <li><b>Cues</b> ({@link CueReader}, {@link ScareQuotes}, {@link Contrast}): which cues count (the author's voice;
 *       mockery and framing also in a paraphrase; scare quotes) and what each weighs after negators, hedges,
 *       intensifiers, "so-called" and "not X but Y".</li>
 *   <li><b>Binding</b> ({@link CueBinder}, {@link PredicateSubject}, {@link AntecedentBinder}): the target each cue is
 *       about, from what it is attached to, its subject or the nearest name, else from the previous sentences;
 *       both targets of a pair for shared references ("the two dictators").</li>
 *   <li><b>Scoring</b> ({@link OpinionGauge}, {@link StanceScorer}, {@link Evidence}): per target, a label when the net
 *       weight clears a threshold that is higher in straight reporting than in opinion, a confidence that grows with
 *       the margin, and the three sentences that weighed most, with their cues.</li>
 * </ol>
 * The weights and thresholds are in {@link Tuning}.
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

    final String[] targetNames;
    /** The words of the aliases and cue phrases: the tokens of an article are numbered by them as they are read. */
    final PhraseWords phraseWords = new PhraseWords();
    final PhraseMatcher<AliasRef> aliases = new PhraseMatcher<>(phraseWords);
    final PhraseMatcher<Entry> cues = new PhraseMatcher<>(phraseWords);
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
        return new StanceResult(StanceAnalysis.run(this, input.text(), input.title()), warnings);
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
