package io.newswire.enrich.stance;

import io.newswire.enrich.stance.StanceLexicon.Kind;
import java.util.List;

/**
 * Marks "not X but Y" in the author's voice: Y is what the author asserts, X only its foil. X runs from the negator to
 * "but" (within {@link Tuning#CONTRAST_WINDOW} tokens, one clause); Y from "but" to the next comma or clause break
 * ("not only ... but also" is no contrast). A foil whose point holds a cue of its own ("not a threat but a disaster")
 * does not count at all; a point is strengthened.
 */
final class Contrast {

    /** The part a token plays in a "not X but Y" contrast. */
    enum Role {
        NONE,
        /** X, when Y holds no cue: negated praise in X ("not a success but ...") weighs like a point. */
        FOIL,
        /** X, when Y holds a cue of its own: X does not count. */
        FOIL_WITH_POINT,
        /** Y. */
        POINT
    }

    private static final Contrast NO_CONTRAST = new Contrast(null);

    /** Per token, or null when the article has no contrast. */
    private final Role[] roles;

    private Contrast(Role[] roles) {
        this.roles = roles;
    }

    /** Needs voice attributed: a negator in quotation marks starts no contrast of the author's. */
    static Contrast mark(Document doc) {
        List<Token> toks = doc.text().tokens();
        Sentences sentences = doc.sentences();
        Hits hits = doc.hits();
        Role[] out = null;
        for (Hit neg : hits.all()) {
            if (neg.entry.kind() != Kind.NEGATOR || toks.get(neg.start).voice == Token.QUOTED) {
                continue;
            }
            int end = sentences.end(toks.get(neg.start).sent);
            int but = -1;
            for (int k = neg.end; k < end && k < neg.end + Tuning.CONTRAST_WINDOW; k++) {
                Token t = toks.get(k);
                if (t.isClauseBreak()) {
                    break;
                }
                if (t.type == Token.WORD && t.norm.equals("but")) {
                    but = k;
                    break;
                }
            }
            if (but < 0 || but + 1 >= end || toks.get(but + 1).norm.equals("also")) {
                continue;
            }
            if (out == null) {
                out = new Role[toks.size()];
            }
            boolean pointCue = false;
            for (int k = but + 1; k < end && k <= but + Tuning.CONTRAST_WINDOW; k++) {
                Token t = toks.get(k);
                if (t.isClauseBreak() || (t.type == Token.PUNCT && t.ch == ',')) {
                    break;
                }
                out[k] = Role.POINT;
                Hit h = hits.at(k);
                if (h != null && h.entry.kind().polar()) {
                    pointCue = true;
                }
            }
            for (int q = neg.end; q < but; q++) {
                out[q] = pointCue ? Role.FOIL_WITH_POINT : Role.FOIL;
            }
        }
        return out == null ? NO_CONTRAST : new Contrast(out);
    }

    /** The role of token k. */
    Role at(int k) {
        if (roles == null) {
            return Role.NONE;
        }
        Role r = roles[k];
        return r == null ? Role.NONE : r;
    }
}
