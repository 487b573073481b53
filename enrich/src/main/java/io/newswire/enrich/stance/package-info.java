/**
 * Stance tags: the article author's own stance toward each configured target, explained.
 *
 * <p><b>API.</b> {@link io.newswire.enrich.stance.StanceTagger#tag(StanceInput)} takes the cleaned body (comments and
 * boilerplate already removed by the clean step), the optional title and the detected ISO 639-1 language, and returns
 * a {@link io.newswire.enrich.stance.StanceResult}: one {@code io.newswire.avro.Stance} per configured target that the
 * body mentions (label FAVOR, AGAINST or NEUTRAL, score -1..1, confidence 0..1, mentions, and up to three evidence
 * sentences with the cues that fired), plus warnings such as {@code stance skipped: language 'de' is not supported}.
 * {@link io.newswire.enrich.stance.LexiconStanceTagger} is the default implementation; a model-based classifier plugs
 * in by implementing {@code StanceTagger}. {@link io.newswire.enrich.stance.StanceExplain} renders the entries for
 * {@code newswire explain FILE}.
 *
 * <p><b>Design (for the README).</b> A stance tag must reflect the author's own voice, so the default tagger first
 * decides who is speaking in every stretch of the text: words inside quotation marks (straight or curly, single or
 * double, « », „ “, across sentences up to the end of the paragraph) and embedded posts belong to the quoted speaker;
 * the clause after a reporting verb ("Kim said that ...", "the Kremlin described ... as"), the clause before a trailing
 * attribution ("..., Putin wrote"), the clause governed by "according to", and text after a speaker's name and a colon
 * belong to a reported speaker. Only cues in the author's voice count, except mockery and framing ("bromance",
 * "special military operation"), whose register is the writer's even inside a paraphrase; a short unattributed
 * quotation of a claim ("great relationship", "referendums") is a scare quote and mocks it. Negators flip a cue
 * ("not a threat", "hardly a success"), hedges damp it, "so-called" turns praise into mockery. Each cue is then bound
 * to the target it is about: a fixed target for framing; the target it is part of or attached to ("North Korean
 * dictator", "Kim's bellicose regime", "regime in Pyongyang"); both targets of a pair for shared references ("the two
 * dictators", "both leaders"); the subject for a predicate ("Russia is not an aggressor"); the antecedent of a
 * definite description ("the invaders"), preferring a recent, prominent target the article does not already judge the
 * other way; otherwise the nearest target in the clause; and nothing when the cue is about another actor ("Europe
 * lectures Africa"). Per target, the signed weights are summed; a label needs a clear net weight over a threshold that
 * is higher in straight reporting than in opinion pieces, so a lone epithet in wire copy stays NEUTRAL. The lexicon
 * ({@code lexicon.tsv}: {@code PHRASE<TAB>KIND<TAB>WEIGHT[<TAB>target=NAME,shared]}, kinds LOADED, PRAISE,
 * CRITICISM, MOCKERY, FRAMING, NEGATOR, HEDGE, INTENSIFIER, IRONY, SHARED, SPEECH, SOURCE, SCARE, NEUTRAL) and the
 * targets ({@code targets.tsv}: {@code TARGET<TAB>alias|short|exclude|drop<TAB>PHRASE}, plus OTHER for actors that are
 * never tagged) are data shipped as resources; to add a target or a name, write lines in the same format to a file and
 * load it with {@link io.newswire.enrich.stance.StanceTargets#withFile} (or {@link
 * io.newswire.enrich.stance.StanceLexicon#withFile} to override cues). Only English is supported; other languages get
 * no entries and a warning.
 */
package io.newswire.enrich.stance;
