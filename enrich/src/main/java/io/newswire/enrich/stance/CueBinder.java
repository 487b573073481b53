package io.newswire.enrich.stance;

import io.newswire.enrich.stance.Mentions.Mention;
import io.newswire.enrich.stance.StanceLexicon.Kind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Binds each cue to the target it is about, from its own sentence, trying in order: a fixed target (framing such as
 * "special military operation"); the target it is part of or attached to ("North Korean dictator", "Kim's bellicose
 * regime", "despot Kim Jong Un", "regime in Pyongyang"); nothing, when a criticism is directly followed by "for",
 * "against", "on", "to" and a target ("a disaster for Russia"), since it is about what is done to that target; the
 * subject, for a predicate (see {@link PredicateSubject}); otherwise the nearest target in the clause, then
 * (weaker) in the sentence, never a victim after a preposition. A shared reference ("the two dictators"), a definite
 * description ("the invaders") and a cue with no target in reach are left to {@link AntecedentBinder}. Names in
 * quotation marks are never bound to; a cue bound to another actor ("Europe lectures Africa") is bound to nothing.
 */
final class CueBinder {

    private static final Set<String> DEFINITE = Set.of("the", "this", "these", "those");
    private static final Set<String> GOVERNANCE = Set.of("regime", "junta", "clique", "dictatorship", "leadership",
            "government", "authority", "ruler", "tyranny", "autocracy", "despotism", "cabal", "elite", "kleptocracy");
    private static final Set<String> VICTIM_PREPOSITIONS = Set.of("for", "against", "on", "upon", "to", "toward",
            "towards", "at");
    private static final Set<String> SOFT_BREAKS = Set.of("despite", "amid", "although", "though", "whereas", "while",
            "but", "unlike");

    private final ArticleText text;
    private final List<Token> toks;
    private final Sentences sentences;
    private final Mentions mentions;
    private final PredicateSubject predicates;
    private final Map<String, Integer> targetIndex;
    private final int targetCount;

    CueBinder(Document doc, Map<String, Integer> targetIndex, int targetCount) {
        this.text = doc.text();
        this.toks = text.tokens();
        this.sentences = doc.sentences();
        this.mentions = doc.mentions();
        this.predicates = new PredicateSubject(doc);
        this.targetIndex = targetIndex;
        this.targetCount = targetCount;
    }

    void bind(List<Cue> cues) {
        for (Cue c : cues) {
            bind(c);
        }
    }

    private void bind(Cue c) {
        Hit h = c.hit;
        if (h.entry.target() != null) {
            Integer t = targetIndex.get(h.entry.target().toLowerCase(Locale.ROOT));
            if (t != null) {
                c.bindTo(t, 1.0, targetCount);
            }
            return;
        }
        Mention inside = mentions.at(h.start) != null ? mentions.at(h.start) : mentions.at(h.end - 1);
        if (inside != null) {
            c.bindTo(inside.target(), 1.0, targetCount);
            return;
        }
        if (c.shared) {
            c.defer(Cue.Binding.PAIR);
            return;
        }
        int s = toks.get(h.start).sent;
        int a = sentences.start(s);
        int b = sentences.end(s);
        Mention m = attachedBefore(h, a);
        if (m != null) {
            c.bindTo(m.target(), 1.0, targetCount);
            return;
        }
        if (c.w < 0 && doneToTarget(h, b)) {
            c.bindToNone();
            return;
        }
        m = attachedAfter(h, b);
        if (m != null) {
            c.bindTo(m.target(), 1.0, targetCount);
            return;
        }
        if (isDefiniteDescription(h, a)) {
            c.defer(Cue.Binding.ANAPHOR);
            return;
        }
        if (predicates.isPredicate(h, a)) {
            bindToSubject(c, predicates.subjects(h.start, a));
            return;
        }
        Mention best = nearest(h, text.clauseStart(h.start, a), text.clauseEnd(h.end, b), c.w < 0);
        if (best != null) {
            c.bindTo(best.target(), 1.0, targetCount);
            return;
        }
        best = nearest(h, a, b, c.w < 0);
        if (best != null) {
            c.bindTo(best.target(), Tuning.SAME_SENTENCE, targetCount);
            return;
        }
        c.defer(Cue.Binding.CONTEXT);
    }

    /** "North Korean dictator", "Kremlin propaganda", "Kim's bellicose regime": the target right before the cue. */
    private Mention attachedBefore(Hit h, int a) {
        int k = h.start - 1;
        while (k >= a && toks.get(k).type == Token.QUOTE) {
            k--;
        }
        if (k < a) {
            return null;
        }
        Mention m = mentions.endingAt(k);
        if (m != null && mentions.eligible(m)) {
            return m;
        }
        Token between = toks.get(k);
        if (between.type == Token.WORD && mentions.at(k) == null && !between.poss && k - 1 >= a) {
            m = mentions.endingAt(k - 1);
            if (m != null && mentions.eligible(m) && (toks.get(m.end() - 1).poss || m.demonym())) {
                return m;
            }
        }
        return null;
    }

    /** "a disaster for Russia", "aggression against Ukraine": a target right after that the cue is done to. */
    private boolean doneToTarget(Hit h, int b) {
        if (h.end >= b || !VICTIM_PREPOSITIONS.contains(toks.get(h.end).norm)) {
            return false;
        }
        int f = h.end + 1;
        if (f < b && DEFINITE.contains(toks.get(f).norm)) {
            f++;
        }
        if (f >= b) {
            return false;
        }
        Mention m = mentions.startingAt(f);
        return m != null && mentions.eligible(m);
    }

    /** "despot Kim Jong Un", "dictator Chairman Kim", "brutality of Putin's regime", "regime in Pyongyang". */
    private Mention attachedAfter(Hit h, int b) {
        int e = h.end;
        while (e < b && toks.get(e).type == Token.QUOTE) {
            e++;
        }
        if (e >= b) {
            return null;
        }
        Token last = toks.get(h.end - 1);
        boolean verbLike = last.norm.endsWith("ed") || last.norm.endsWith("ing");
        Token t = toks.get(e);
        Mention m = null;
        if (mentions.startingAt(e) != null && !verbLike && h.entry.kind() != Kind.CRITICISM) {
            m = mentions.startingAt(e);
        } else if (t.type == Token.WORD && (t.norm.equals("of") || t.norm.equals("by") || t.norm.equals("from")
                || (t.norm.equals("in") && GOVERNANCE.contains(last.stem)))) {
            int f = e + 1;
            if (f < b && toks.get(f).norm.equals("the")) {
                f++;
            }
            if (f < b) {
                m = mentions.startingAt(f);
            }
        } else if (t.type == Token.WORD && t.cap && mentions.at(e) == null && !verbLike && e + 1 < b) {
            m = mentions.startingAt(e + 1);
        }
        return m != null && mentions.eligible(m) ? m : null;
    }

    /** "the invaders", "the military strongmen": a loaded word after a definite article, maybe past an adjective. */
    private boolean isDefiniteDescription(Hit h, int a) {
        int pw = text.prevWord(h.start, a);
        if (pw < 0 || h.entry.kind() != Kind.LOADED) {
            return false;
        }
        Token d = toks.get(pw);
        if (!DEFINITE.contains(d.norm) && EnglishWords.isAdjectiveLike(d) && mentions.at(pw) == null) {
            int pw2 = text.prevWord(pw, a);
            d = pw2 >= 0 ? toks.get(pw2) : d;
        }
        return DEFINITE.contains(d.norm);
    }

    /** A predicate binds to its subject; to both of a coordinated pair; from context when the clause names none. */
    private void bindToSubject(Cue c, List<Mention> subj) {
        if (subj.isEmpty()) {
            c.defer(Cue.Binding.CONTEXT);
        } else if (subj.size() == 1 || subj.get(0).target() == subj.get(1).target() || subj.get(1).target() >= targetCount) {
            c.bindTo(subj.get(0).target(), 1.0, targetCount);
        } else if (subj.get(0).target() >= targetCount) {
            c.bindTo(subj.get(1).target(), 1.0, targetCount);
        } else {
            c.bindTo(new int[] {subj.get(0).target(), subj.get(1).target()}, new double[] {1.0, 1.0});
        }
    }

    /**
     * The nearest eligible target between tokens from and to in the cue's sentence, counting commas and soft breaks
     * ("despite", "while") as distance and preferring what precedes; null when none is within
     * {@link Tuning#MAX_DISTANCE}. For an unfavourable cue, a target after it that suffers it is skipped.
     */
    private Mention nearest(Hit h, int from, int to, boolean negative) {
        Mention best = null;
        int bestD = Integer.MAX_VALUE;
        int s = toks.get(h.start).sent;
        for (int mi = mentions.firstIn(s); mi < mentions.firstIn(s + 1); mi++) {
            Mention m = mentions.get(mi);
            if (m.start() < from || m.end() > to || !mentions.eligible(m)) {
                continue;
            }
            if (negative && m.start() >= h.end && victim(m, h.end)) {
                continue; // "a catastrophe for Ukraine", "aggression against Ukraine": who suffers it, not who is judged
            }
            int lo;
            int hi;
            int d;
            if (m.end() <= h.start) {
                lo = m.end();
                hi = h.start;
                d = h.start - m.end();
            } else {
                lo = h.end;
                hi = m.start();
                d = Math.max(0, m.start() - h.end) + Tuning.AFTER_PENALTY;
            }
            for (int k = lo; k < hi; k++) {
                Token t = toks.get(k);
                if (t.type == Token.PUNCT && t.ch == ',') {
                    d += Tuning.COMMA_PENALTY;
                } else if (t.type == Token.WORD && SOFT_BREAKS.contains(t.norm)) {
                    d += Tuning.SOFT_BREAK_PENALTY;
                }
            }
            if (d < bestD) {
                bestD = d;
                best = m;
            }
        }
        return bestD <= Tuning.MAX_DISTANCE ? best : null;
    }

    /** Whether a mention after a cue is the object of a preposition that makes it the one the cue is done to. */
    private boolean victim(Mention m, int cueEnd) {
        int pw = text.prevWord(m.start(), cueEnd);
        if (pw >= 0 && DEFINITE.contains(toks.get(pw).norm)) {
            pw = text.prevWord(pw, cueEnd);
        }
        if (pw >= 0 && (toks.get(pw).norm.equals("and") || toks.get(pw).norm.equals("or")) && pw - 1 >= cueEnd
                && mentions.endingAt(pw - 1) != null) {
            return victim(mentions.endingAt(pw - 1), cueEnd); // "to Moscow and Beijing"
        }
        return pw >= 0 && VICTIM_PREPOSITIONS.contains(toks.get(pw).norm);
    }
}
