package io.newswire.enrich.stance;

import io.newswire.enrich.stance.Quotations.Quotation;
import io.newswire.enrich.stance.StanceLexicon.Entry;
import io.newswire.enrich.stance.StanceLexicon.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Decides which quotations are the author's scare quotes: a short quotation (at most {@link Tuning#SCARE_MAX_WORDS}
 * words) in the author's voice, with no reporting verb or source near it and words outside it in its sentence,
 * quoting a claim (a SCARE word: "election", "liberation", "friendship") or praise. Quoting such words without saying
 * who said them mocks them (Putin was "re-elected" in a "landslide"), so each one is a mocking cue. A quotation
 * after a naming word (the operation "Z", the slogan "...") only names something.
 */
final class ScareQuotes {

    /** The lexicon entry every scare quote stands for. */
    static final Entry ENTRY = new Entry("scare quotes", Kind.MOCKERY, -Tuning.SCARE_QUOTE, null, false);

    private static final Set<String> NAMING = Set.of("called", "named", "titled", "entitled", "nicknamed", "dubbed",
            "known", "codenamed", "term", "word", "words", "phrase", "slogan", "banner", "motto", "headline", "hashtag",
            "label", "song", "film", "book", "album", "operation", "programme", "program", "plan", "exercise", "drills");

    private final ArticleText text;
    private final List<Token> toks;
    private final Sentences sentences;
    private final Hits hits;
    private final List<Quotation> quotations;
    private final Set<String> scareWords;

    ScareQuotes(Document doc, Set<String> scareWords) {
        this.text = doc.text();
        this.toks = text.tokens();
        this.sentences = doc.sentences();
        this.hits = doc.hits();
        this.quotations = doc.quotations();
        this.scareWords = scareWords;
    }

    /** A mocking cue for each scare quote, in text order. */
    List<Cue> find() {
        List<Cue> out = new ArrayList<>();
        for (Quotation q : quotations) {
            if (isScareQuote(q)) {
                Hit hit = new Hit(q.open(), q.close() + 1, ENTRY);
                out.add(new Cue(hit, q.open(), ENTRY.weight(), false, true));
            }
        }
        return out;
    }

    private boolean isScareQuote(Quotation q) {
        int o = q.open();
        int cl = q.close();
        if (!q.closed()) {
            return false;
        }
        Token open = toks.get(o);
        int s = open.sent;
        if (toks.get(cl).sent != s || open.voice != Token.AUTHOR || speechNear(o, cl, s)) {
            return false;
        }
        int words = 0;
        boolean claim = false;
        for (int k = o + 1; k < cl; k++) {
            Token t = toks.get(k);
            if (t.isWord()) {
                words++;
                if (scareWords.contains(t.stem)) {
                    claim = true;
                }
                Hit h = hits.at(k);
                if (h != null && h.entry.kind().polar() && h.entry.weight() > 0) {
                    claim = true;
                }
            } else if (t.type == Token.PUNCT && (t.ch == '.' || t.ch == '!' || t.ch == '?') && k + 1 < cl) {
                words = 99; // more than one sentence: not a short quotation
            }
        }
        if (words == 0 || words > Tuning.SCARE_MAX_WORDS || !claim) {
            return false;
        }
        int pw = text.prevWord(o, sentences.start(s));
        if (pw >= 0 && NAMING.contains(toks.get(pw).norm)) {
            return false;
        }
        for (int k = sentences.start(s); k < sentences.end(s); k++) {
            if ((k < o || k > cl) && toks.get(k).isWord()) {
                return true;
            }
        }
        return false; // the whole sentence is the quotation
    }

    /** Whether a reporting verb or source marker stands within a few tokens of a quotation, in its sentence. */
    private boolean speechNear(int open, int close, int s) {
        int from = Math.max(sentences.start(s), open - Tuning.SPEECH_NEAR_QUOTE);
        int to = Math.min(sentences.end(s), close + 1 + Tuning.SPEECH_NEAR_QUOTE);
        for (int k = from; k < to; k++) {
            if (k > open && k <= close) {
                continue;
            }
            Hit h = hits.at(k);
            if (h != null && ((h.entry.kind() == Kind.SPEECH && h.reportingVerb) || h.entry.kind() == Kind.SOURCE)) {
                return true;
            }
        }
        return false;
    }
}
