package io.newswire.enrich.stance;

import io.newswire.avro.Stance;
import io.newswire.enrich.stance.Quotations.Quotation;
import java.util.List;

/**
 * One article through the {@link LexiconStanceTagger} rules, as a pipeline of four steps: read the text and decide
 * who speaks where; read the cues and weigh them; bind each cue to the target it is about; score each target against
 * a threshold set by how opinionated the article is. Each decision is its own class; this only runs them in order.
 */
final class StanceAnalysis {

    private StanceAnalysis() {}

    static List<Stance> run(LexiconStanceTagger tagger, String body, String title) {
        ArticleText text = new ArticleText(body, title, tagger.phraseWords);
        if (text.size() == 0 || tagger.targetNames.length == 0) {
            return List.of();
        }
        Document doc = read(tagger, text);
        List<Cue> cues = cues(tagger, doc);
        bind(tagger, doc, cues);
        return score(tagger, doc, cues);
    }

    /** The text with its quotations, sentences, target names and lexicon phrases, and the voice of every token. */
    static Document read(LexiconStanceTagger tagger, ArticleText text) {
        List<Quotation> quotations = Quotations.resolve(text);
        Sentences sentences = Sentences.split(text);
        Mentions mentions = Mentions.find(text, sentences, tagger.aliases, tagger.targetNames.length);
        Hits hits = Hits.find(text, tagger.cues);
        VoiceAttribution.assign(text, sentences, mentions, hits);
        return new Document(text, quotations, sentences, mentions, hits);
    }

    /** Every cue, weighed, counted or not, in text order. */
    static List<Cue> cues(LexiconStanceTagger tagger, Document doc) {
        return CueReader.read(doc, tagger.scareWords);
    }

    /** Binds every cue: from its sentence where it can, else from the sentences before. */
    static void bind(LexiconStanceTagger tagger, Document doc, List<Cue> cues) {
        new CueBinder(doc, tagger.targetIndex, tagger.targetNames.length).bind(cues);
        new AntecedentBinder(doc, tagger.targetNames.length).bind(cues);
    }

    /** One entry per target the body names. */
    static List<Stance> score(LexiconStanceTagger tagger, Document doc, List<Cue> cues) {
        double threshold = OpinionGauge.threshold(doc, cues);
        return new StanceScorer(doc, tagger.targetNames).score(cues, threshold);
    }
}
