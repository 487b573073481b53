package io.newswire.enrich.stance;

import static io.newswire.enrich.stance.EnglishWords.DETERMINERS;
import static io.newswire.enrich.stance.EnglishWords.RELATIVE;

import io.newswire.enrich.stance.StanceLexicon.Kind;
import java.util.List;
import java.util.Set;

/**
 * Decides who speaks in every stretch of the text, because a stance tag must reflect the author's own voice. Words in
 * quotation marks (see {@link Quotations}) and embedded posts are {@link Token#QUOTED}; a paraphrase of someone's
 * words is {@link Token#REPORTED}: the clause after a reporting verb ("Kim said that ..."), the clause before a
 * trailing attribution ("..., Kim said at a meeting"), the clause governed by "according to", and the text after a
 * speaker's name and a colon ("Kim Jong-un and Putin: We ..."). Everything else is the {@link Token#AUTHOR}'s.
 * A reporting verb does not count after a modal, "to", a determiner or "I"/"we" ("should insist", "to mock",
 * "the claim", "I think"): those are the author's own words. Sets each token's {@link Token#voice} and marks the
 * SPEECH hits used as reporting verbs ({@link Hit#reportingVerb}).
 */
final class VoiceAttribution {

    private static final Set<String> MODALS = Set.of("should", "must", "would", "could", "can", "will", "might", "may",
            "shall", "ought", "cannot");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were", "are", "also",
            "then", "later", "once", "again", "repeatedly", "previously", "publicly", "privately", "still", "did",
            "does", "do", "be", "been", "not");
    private static final Set<String> COORDINATORS = Set.of("and", "or", "but", "while", "yet", "nor");
    private static final Set<String> PRONOUN_OBJECTS = Set.of("he", "she", "it", "they", "we", "i", "you", "there",
            "this", "that", "these", "those", "what", "how", "why", "whether", "if");
    /** A speaker's name before a colon is at most this many tokens long. */
    private static final int MAX_SPEAKER_TOKENS = 7;
    /** How far back from a reporting verb a trailing attribution's comma is looked for. */
    private static final int MAX_ATTRIBUTION_TOKENS = 10;

    private final ArticleText text;
    private final List<Token> toks;
    private final Sentences sentences;
    private final Mentions mentions;
    private final List<Hit> hits;

    private VoiceAttribution(ArticleText text, Sentences sentences, Mentions mentions, Hits hits) {
        this.text = text;
        this.toks = text.tokens();
        this.sentences = sentences;
        this.mentions = mentions;
        this.hits = hits.all();
    }

    /** Needs the quotation marks resolved ({@link Quotations}). */
    static void assign(ArticleText text, Sentences sentences, Mentions mentions, Hits hits) {
        new VoiceAttribution(text, sentences, mentions, hits).assign();
    }

    private void assign() {
        for (Token t : toks) {
            t.voice = t.depth > 0 || text.isEmbeddedPost(t.para) ? Token.QUOTED : Token.AUTHOR;
        }
        int hi = 0;
        for (int s = 0; s < sentences.count(); s++) {
            int a = sentences.start(s);
            int b = sentences.end(s);
            while (hi < hits.size() && hits.get(hi).start < a) {
                hi++;
            }
            markAttributions(hi, a, b);
            markSpeakerBeforeColon(a, b);
        }
    }

    /** The first reporting verb of the sentence, and every "according to", hand their clause to the speaker. */
    private void markAttributions(int firstHit, int a, int b) {
        boolean speechDone = false;
        for (int h = firstHit; h < hits.size() && hits.get(h).start < b; h++) {
            Hit hit = hits.get(h);
            Kind kind = hit.entry.kind();
            if (kind == Kind.SPEECH && isReportingVerb(hit, a)) {
                hit.reportingVerb = true;
            }
            if (kind == Kind.SPEECH && hit.reportingVerb && !speechDone) {
                speechDone = true;
                int c = trailingComma(hit, a, b);
                if (c >= 0) {
                    markReported(a, c);
                } else {
                    markReported(hit.end, b);
                }
            } else if (kind == Kind.SOURCE && toks.get(hit.start).voice != Token.QUOTED) {
                if (hit.start <= a + 2) {
                    int c = hit.end;
                    while (c < b && !(toks.get(c).type == Token.PUNCT && toks.get(c).ch == ',')) {
                        c++;
                    }
                    markReported(c < b ? c : hit.end, b);
                } else {
                    markReported(a, hit.start);
                }
            }
        }
    }

    /** "Kim Jong-un and Putin: We are fighting ...": a short stretch naming someone, then a colon. */
    private void markSpeakerBeforeColon(int a, int b) {
        int segStart = a;
        for (int k = a; k < b; k++) {
            Token t = toks.get(k);
            if (t.type == Token.PUNCT && t.ch == ':' && t.depth == 0) {
                if (k - segStart <= MAX_SPEAKER_TOKENS && k + 1 < b && mentions.any(segStart, k)) {
                    markReported(k + 1, b);
                    break;
                }
                segStart = k + 1;
            }
        }
    }

    private void markReported(int from, int to) {
        for (int k = Math.max(0, from); k < to && k < toks.size(); k++) {
            Token t = toks.get(k);
            if (t.voice == Token.AUTHOR) {
                t.voice = Token.REPORTED;
            }
        }
    }

    private boolean isReportingVerb(Hit h, int a) {
        Token v = toks.get(h.start);
        if (v.voice != Token.AUTHOR) {
            return false;
        }
        int p1 = text.prevWord(h.start, a);
        int p2 = p1 >= 0 ? text.prevWord(p1, a) : -1;
        if (p1 >= 0) {
            Token t1 = toks.get(p1);
            if (DETERMINERS.contains(t1.norm) || t1.poss || t1.norm.equals("to") || MODALS.contains(t1.norm)
                    || FIRST_PERSON.contains(t1.norm) || t1.norm.equals("so")) {
                return false;
            }
            if (t1.type == Token.WORD && EnglishWords.isAdjectiveLike(t1) && p2 >= 0
                    && DETERMINERS.contains(toks.get(p2).norm)) {
                return false; // "a warm welcome", "the official report"
            }
        }
        if (p2 >= 0) {
            Token t2 = toks.get(p2);
            if (MODALS.contains(t2.norm) || FIRST_PERSON.contains(t2.norm)) {
                return false;
            }
        }
        return true;
    }

    /** For "..., X said [at ...]." the index of the comma (or closing quote) before X; -1 for "X said that ...". */
    private int trailingComma(Hit h, int a, int b) {
        int v = h.start;
        int c = -1;
        for (int k = v - 1; k >= a && k >= v - MAX_ATTRIBUTION_TOKENS; k--) {
            Token t = toks.get(k);
            if ((t.type == Token.PUNCT && t.ch == ',') || (t.type == Token.QUOTE && t.quoteRole == -1)) {
                c = k;
                break;
            }
            if (t.isClauseBreak()) {
                return -1;
            }
        }
        if (c <= a + 1) {
            return -1;
        }
        if (c + 1 < v && toks.get(c + 1).type == Token.WORD && COORDINATORS.contains(toks.get(c + 1).norm)) {
            return -1; // ", and results announced with ..." is a coordinated clause, not an attribution
        }
        boolean subject = c + 1 == v; // inverted: ", said Chon Hyun-joon"
        for (int k = c + 1; k < v; k++) {
            Token t = toks.get(k);
            if (t.type == Token.WORD && RELATIVE.contains(t.norm)) {
                return -1;
            }
            if (t.isWord() && !AUXILIARIES.contains(t.norm)) {
                subject = true;
            }
        }
        if (!subject) {
            return -1;
        }
        if (h.end >= b) {
            return c;
        }
        Token after = toks.get(h.end);
        if (after.type == Token.WORD && PRONOUN_OBJECTS.contains(after.norm) && c + 1 != v) {
            return -1; // "In Seoul, officials said that ...": what they said follows the verb
        }
        return c;
    }
}
