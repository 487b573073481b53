package io.newswire.enrich.stance;

import java.util.List;
import java.util.stream.IntStream;

/** The default tagger's steps run one at a time on English text, and lookups of tokens and cues by their word. */
final class StanceSteps {
    static final LexiconStanceTagger TAGGER = LexiconStanceTagger.defaults();

    private StanceSteps() {
    }

    /** Read (tokens, quotations, sentences, names, lexicon phrases, voice), without a title. */
    static Document read(String text) {
        return StanceAnalysis.read(TAGGER, new ArticleText(text, null, TAGGER.phraseWords));
    }

    /** Read, then the cues weighed, not yet bound. */
    static List<Cue> cues(Document doc) {
        return StanceAnalysis.cues(TAGGER, doc);
    }

    /** Read, then the cues weighed and bound. */
    static List<Cue> boundCues(Document doc) {
        List<Cue> cues = cues(doc);
        StanceAnalysis.bind(TAGGER, doc, cues);
        return cues;
    }

    /** Index of the first token with this lower-case form. */
    static int indexOf(Document doc, String word) {
        List<Token> toks = doc.text().tokens();
        return IntStream.range(0, toks.size()).filter(k -> toks.get(k).norm.equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError("no token '" + word + "' in " + toks));
    }

    /** The first token with this lower-case form. */
    static Token token(Document doc, String word) {
        return doc.text().token(indexOf(doc, word));
    }

    /** The cue whose phrase (or quotation) starts at the first token with this lower-case form, or null. */
    static Cue cueAt(Document doc, List<Cue> cues, String word) {
        int k = indexOf(doc, word);
        return cues.stream().filter(c -> c.hit.start == k).findFirst().orElse(null);
    }

    /** The names of the targets a cue is bound to. */
    static List<String> targetsOf(Cue c) {
        return IntStream.of(c.targets).mapToObj(t -> TAGGER.targetNames[t]).toList();
    }
}
