package io.newswire.enrich.stance;

import static io.newswire.enrich.stance.EnglishWords.DETERMINERS;
import static io.newswire.enrich.stance.EnglishWords.RELATIVE;

import io.newswire.enrich.stance.Mentions.Mention;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a cue is said of something (a predicate: "... is a war crime", "has failed", "bullied", "cynically
 * prolonging") and, if so, what it is said of: the clause's subject, not the nearest name. "Russia is not an
 * aggressor" is about Russia; "Putin and Kim are dangerous" is about both; in "talks between Moscow and Pyongyang
 * have failed" neither is the subject.
 */
final class PredicateSubject {

    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "remains",
            "remain", "remained", "seems", "seem", "seemed", "looks", "look", "looked", "became", "becomes", "become",
            "proved", "proves", "prove", "sounds", "appears", "appear", "appeared", "stays", "stayed", "feels");
    private static final Set<String> PREPOSITIONS = Set.of("to", "of", "in", "on", "into", "onto", "with", "for",
            "from", "by", "against", "at", "about", "over", "toward", "towards", "between", "among", "under", "across",
            "through", "than", "like", "near", "after", "before", "behind", "beyond", "within", "without", "despite",
            "amid", "around", "upon", "via");
    /** Words back from a cue searched for a copula. */
    private static final int COPULA_WINDOW = 4;

    private final ArticleText text;
    private final List<Token> toks;
    private final Mentions mentions;

    PredicateSubject(Document doc) {
        this.text = doc.text();
        this.toks = text.tokens();
        this.mentions = doc.mentions();
    }

    /**
     * A verb or predicate cue: after a copula, a past participle or adverb not used as an attribute, or the head of a
     * participial clause after a comma (", cynically prolonging ...", ", bullying its neighbours"). a: sentence start.
     */
    boolean isPredicate(Hit h, int a) {
        String w = toks.get(h.start).norm;
        int pw = text.prevWord(h.start, a);
        boolean attributive = pw >= 0 && (DETERMINERS.contains(toks.get(pw).norm) || toks.get(pw).poss);
        if (!attributive && ((w.endsWith("ed") && w.length() > 4) || (w.endsWith("ly") && w.length() > 4))) {
            return true;
        }
        int k = h.start - 1;
        int words = 0;
        while (k >= a && words < COPULA_WINDOW) {
            Token t = toks.get(k);
            if (t.isWord()) {
                if (COPULAS.contains(t.norm)) {
                    return true;
                }
                words++;
            } else if (t.type == Token.PUNCT && t.ch == ',') {
                break;
            } else if (t.type != Token.QUOTE) {
                break;
            }
            k--;
        }
        if (k >= a && toks.get(k).type == Token.PUNCT && toks.get(k).ch == ',' && k + 1 <= h.start) {
            String lead = toks.get(k + 1).norm;
            return lead.endsWith("ing") || (lead.endsWith("ly") && k + 2 < toks.size() && toks.get(k + 2).norm.endsWith("ing"));
        }
        return false;
    }

    /**
     * The first target in the clause before the cue that is not the object of a preposition (nor coordinated with
     * one: "between Moscow and Pyongyang"): the subject. A coordinated subject ("Putin and Kim are ...") gives both.
     * Other actors are included (the caller binds their cues to nothing). a: sentence start.
     */
    List<Mention> subjects(int cue, int a) {
        int cl = text.clauseStart(cue, a);
        int s = toks.get(cue).sent;
        boolean skipConjunct = false;
        int prevEnd = -1;
        List<Mention> out = new ArrayList<>(2);
        for (int mi = mentions.firstIn(s); mi < mentions.firstIn(s + 1); mi++) {
            Mention m = mentions.get(mi);
            if (m.start() >= cue) {
                break;
            }
            if (m.start() < cl || !mentions.eligible(m)) {
                continue;
            }
            int pw = text.prevWord(m.start(), a);
            String before = pw >= 0 ? toks.get(pw).norm : "";
            boolean conjunct = (before.equals("and") || before.equals("or")) && prevEnd >= 0 && pw == prevEnd;
            if (!out.isEmpty()) {
                if (conjunct) {
                    out.add(m);
                }
                break;
            }
            if (PREPOSITIONS.contains(before) || RELATIVE.contains(before) || (conjunct && skipConjunct)) {
                skipConjunct = true;
                prevEnd = m.end();
                continue;
            }
            out.add(m);
            prevEnd = m.end();
        }
        return out;
    }
}
