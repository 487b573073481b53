package io.newswire.enrich.stance;

import io.newswire.avro.Stance;
import io.newswire.enrich.stance.Quotations.Quotation;
import java.util.List;

/**
 * One article through the {@link LexiconStanceTagger} rules, as a pipeline: read the text (quotations, sentences,
 * target names, lexicon phrases) and decide who speaks where; read the cues and weigh them; bind each to the target it
 * is about; gauge how opinionated the article is; score each target. Each step is its own class.
 */
final class StanceAnalysis {

    private StanceAnalysis() {}

    static List<Stance> run(LexiconStanceTagger tagger, String body, String title) {
        ArticleText text = new ArticleText(body, title);
        int targetCount = tagger.targetNames.length;
        if (text.size() == 0 || targetCount == 0) {
            return List.of();
        }
        Document doc = read(tagger, text);
        List<Cue> cues = CueReader.read(doc, tagger.scareWords);
        new CueBinder(doc, tagger.targetIndex, targetCount).bind(cues);
        new AntecedentBinder(doc, targetCount).bind(cues);
        double threshold = OpinionGauge.threshold(doc, cues);
        return new StanceScorer(doc, tagger.targetNames).score(cues, threshold);
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
}
