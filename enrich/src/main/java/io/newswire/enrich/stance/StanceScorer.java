package io.newswire.enrich.stance;

import io.newswire.avro.Stance;
import io.newswire.avro.StanceLabel;
import io.newswire.enrich.stance.Mentions.Mention;
import java.util.ArrayList;
import java.util.List;

/**
 * Combines the bound cues into one entry per target named in the body: the favourable and unfavourable weights are
 * summed, and a label needs a net weight at the article's threshold (see {@link OpinionGauge}) that is also a clear
 * majority ({@link Tuning#DOMINANCE} of all the weight), so a target both praised and condemned stays NEUTRAL. The
 * score is the net weight squashed into -1..1; confidence grows with the margin over the threshold, and for NEUTRAL
 * with how little the target leans either way. A target named only in the title gets no entry.
 */
final class StanceScorer {

    /**
     * The verdict on one target.
     *
     * @param score      -1..1, rounded to three decimals
     * @param confidence 0.05..0.95, rounded to three decimals
     */
    record Verdict(StanceLabel label, double score, double confidence) {}

    private final Document doc;
    private final String[] targetNames;

    StanceScorer(Document doc, String[] targetNames) {
        this.doc = doc;
        this.targetNames = targetNames;
    }

    /** One entry per target the body names, in target order. */
    List<Stance> score(List<Cue> cues, double threshold) {
        int nt = targetNames.length;
        double[] pos = new double[nt];
        double[] neg = new double[nt];
        for (Cue c : cues) {
            if (!c.counted) {
                continue;
            }
            for (int i = 0; i < c.targets.length; i++) {
                double v = c.w * c.factors[i];
                if (v > 0) {
                    pos[c.targets[i]] += v;
                } else {
                    neg[c.targets[i]] -= v;
                }
            }
        }
        Evidence evidence = new Evidence(doc, targetNames, cues);
        int[] bodyMentions = bodyMentions();
        List<Stance> out = new ArrayList<>();
        for (int t = 0; t < nt; t++) {
            if (bodyMentions[t] == 0) {
                continue;
            }
            Verdict v = verdict(pos[t], neg[t], threshold, bodyMentions[t]);
            out.add(Stance.newBuilder()
                    .setTarget(targetNames[t])
                    .setLabel(v.label())
                    .setScore(v.score())
                    .setConfidence(v.confidence())
                    .setMentions(bodyMentions[t])
                    .setEvidence(evidence.forTarget(t, v.label()))
                    .build());
        }
        return out;
    }

    /** Per target (and other actors, last): mentions outside the title. */
    private int[] bodyMentions() {
        int[] out = new int[targetNames.length + 1];
        for (Mention m : doc.mentions().all()) {
            if (doc.text().token(m.start()).para >= doc.text().titleParagraphs()) {
                out[m.target()]++;
            }
        }
        return out;
    }

    /**
     * The label, score and confidence from a target's summed favourable (pos) and unfavourable (neg, positive) weight,
     * the article's threshold and how often the body names the target.
     */
    static Verdict verdict(double pos, double neg, double threshold, int mentions) {
        double net = pos - neg;
        double total = pos + neg;
        StanceLabel label = StanceLabel.NEUTRAL;
        if (Math.abs(net) >= threshold && Math.abs(net) >= Tuning.DOMINANCE * total) {
            label = net > 0 ? StanceLabel.FAVOR : StanceLabel.AGAINST;
        }
        double score = Math.tanh(net / 4.0);
        double confidence;
        if (label == StanceLabel.NEUTRAL) {
            double lean = Math.min(1.0, Math.abs(net) / threshold);
            confidence = 0.9 - 0.4 * lean - (mentions == 1 ? 0.1 : 0.0);
        } else {
            double dominance = total == 0 ? 0 : Math.abs(net) / total;
            confidence = 0.55 + 0.4 * (1 - Math.exp(-(Math.abs(net) - threshold + 0.5) / 2.0)) * Math.sqrt(dominance);
        }
        confidence = Math.max(0.05, Math.min(0.95, confidence));
        return new Verdict(label, round(score), round(confidence));
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
