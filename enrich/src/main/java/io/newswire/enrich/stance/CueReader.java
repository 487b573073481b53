package io.newswire.enrich.stance;

import io.newswire.enrich.stance.StanceLexicon.Kind;
import java.util.List;
import java.util.Set;

/**
 * Reads the polar lexicon hits as cues and decides what each weighs and whether it counts. It counts in the author's
 * voice; mockery and framing ("bromance", "special military operation") also in a paraphrase, at
 * {@link Tuning#REPORTED_MOCKERY}, because their register is the writer's even there. Modifiers just before a cue
 * change it: a negator flips it ("not a threat" is weakly favourable, "hardly a success" unfavourable), "so-called"
 * turns praise into mockery, an intensifier strengthens it, a SHARED word ("both", "the two") makes it apply to a
 * pair; a negation does not reach past "but". A hedge anywhere earlier in the clause damps it. In "not X but Y" (see
 * {@link Contrast}) the point Y is strengthened and a foil X with a cue in Y does not count. A capitalised cue inside a
 * proper name ("the People's Liberation Army") is no cue. Scare quotes (see {@link ScareQuotes}) are cues too, and so
 * is a "so-called" that modifies no cue.
 */
final class CueReader {

    private final Document doc;
    private final List<Token> toks;
    private final Sentences sentences;
    private final Hits hits;
    private final Set<String> scareWords;

    private CueReader(Document doc, Set<String> scareWords) {
        this.doc = doc;
        this.toks = doc.text().tokens();
        this.sentences = doc.sentences();
        this.hits = doc.hits();
        this.scareWords = scareWords;
    }

    /** Every cue of the article, counted or not, in text order. Needs voice attributed. */
    static List<Cue> read(Document doc, Set<String> scareWords) {
        return new CueReader(doc, scareWords).read();
    }

    private List<Cue> read() {
        List<Cue> out = new ScareQuotes(doc, scareWords).find();
        Contrast contrast = Contrast.mark(doc);
        for (Hit h : hits.all()) {
            if (h.entry.kind().polar() && !inProperName(h)) {
                Cue c = weigh(h, contrast);
                if (c != null) {
                    out.add(c);
                }
            }
        }
        for (Hit h : hits.all()) {
            if (h.entry.kind() == Kind.IRONY && !h.appliedAsModifier && toks.get(h.start).voice == Token.AUTHOR) {
                out.add(new Cue(h, h.start, h.entry.weight(), false, true));
            }
        }
        out.sort((x, y) -> Integer.compare(x.hit.start, y.hit.start));
        return out;
    }

    /** The cue of a polar hit with its modifiers applied, or null when it is a foil that does not count. */
    private Cue weigh(Hit h, Contrast contrast) {
        Kind kind = h.entry.kind();
        Token t = toks.get(h.start);
        boolean register = kind == Kind.MOCKERY || kind == Kind.FRAMING;
        boolean counted = t.voice == Token.AUTHOR || (t.voice == Token.REPORTED && register);
        double w = h.entry.weight();
        if (t.voice == Token.REPORTED && register) {
            w *= Tuning.REPORTED_MOCKERY;
        }
        int a = sentences.start(t.sent);
        boolean negated = false;
        boolean ironic = false;
        boolean shared = h.entry.shared();
        double mult = 1.0;
        int modStart = h.start;
        int words = 0;
        for (int k = h.start - 1; k >= a && words < Tuning.SHARED_WINDOW; k--) {
            Token q = toks.get(k);
            if (q.type == Token.PUNCT || q.type == Token.DASH || (q.type == Token.WORD && q.norm.equals("but"))) {
                break; // "not X but Y": the negation does not reach past "but"
            }
            if (q.type == Token.QUOTE || q.type == Token.URL) {
                continue;
            }
            Hit m = hits.at(k);
            if (m != null) {
                switch (m.entry.kind()) {
                    case NEGATOR -> {
                        if (words < Tuning.MODIFIER_WINDOW) {
                            negated = !negated;
                            modStart = m.start;
                        }
                    }
                    case IRONY -> {
                        if (words < Tuning.MODIFIER_WINDOW) {
                            ironic = true;
                            m.appliedAsModifier = true;
                            modStart = m.start;
                        }
                    }
                    case INTENSIFIER -> {
                        if (words < Tuning.INTENSIFIER_WINDOW) {
                            mult *= m.entry.weight();
                            modStart = Math.min(modStart, m.start);
                        }
                    }
                    case SHARED -> shared = true;
                    default -> { }
                }
                k = m.start;
            }
            words++;
        }
        mult *= hedge(h, a);
        if (ironic && w > 0) {
            w = -w;
        }
        Contrast.Role role = contrast.at(h.start);
        if (negated && role == Contrast.Role.FOIL_WITH_POINT) {
            return null; // "not a threat but a disaster": the foil does not count, the point does
        }
        if (negated) {
            boolean foil = role == Contrast.Role.FOIL;
            w = w < 0 ? -w * Tuning.NEGATED_NEGATIVE : -w * (foil ? Tuning.CONTRAST : Tuning.NEGATED_POSITIVE);
        }
        if (role == Contrast.Role.POINT) {
            w *= Tuning.CONTRAST;
        }
        w *= mult;
        return new Cue(h, modStart, w, shared, counted);
    }

    /** The factor of a hedge earlier in the cue's clause (commas included) that is not quoted; 1 without one. */
    private double hedge(Hit h, int a) {
        for (int k = h.start - 1; k >= a && k >= h.start - Tuning.HEDGE_WINDOW; k--) {
            Token q = toks.get(k);
            if (q.isClauseBreak()) {
                break;
            }
            Hit m = hits.at(k);
            if (m != null && m.entry.kind() == Kind.HEDGE && q.voice != Token.QUOTED) {
                return m.entry.weight();
            }
        }
        return 1.0;
    }

    /** A cue word written as part of a proper name ("the People's Liberation Army") is not a cue. */
    private boolean inProperName(Hit h) {
        Token first = toks.get(h.start);
        int s = first.sent;
        if (!first.cap || h.start == sentences.start(s) || sentences.isTitleCase(s)) {
            return false;
        }
        Token before = toks.get(h.start - 1);
        Token after = h.end < toks.size() ? toks.get(h.end) : null;
        return (before.type == Token.WORD && before.cap && before.sent == s)
                || (after != null && after.type == Token.WORD && after.cap && after.sent == s);
    }
}
