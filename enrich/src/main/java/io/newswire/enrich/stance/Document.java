package io.newswire.enrich.stance;

import io.newswire.enrich.stance.Quotations.Quotation;
import java.util.List;

/**
 * An article as the stance rules see it once read: its tokens (each with its quotation depth, sentence and voice),
 * its outermost quotations and sentences, the names of targets in it and the lexicon phrases in it. Built by
 * {@link StanceAnalysis#read}; the cue, binding and scoring steps read it.
 */
record Document(ArticleText text, List<Quotation> quotations, Sentences sentences, Mentions mentions, Hits hits) {}
