package io.newswire.enrich.stance;

import io.newswire.avro.StanceLabel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides which sentences explain an entry, and writes them for people: up to {@link #MAX_SENTENCES} sentences, each
 * quoted and followed by its cues, e.g. {@code "The two dictators ..." [dictators → AGAINST Russia, North Korea]}.
 * For FAVOR or AGAINST, the sentences that weigh most that way; for NEUTRAL, those that lean most either way, then
 * the cues set aside because they were quoted or reported, so that a NEUTRAL entry shows why it is NEUTRAL.
 */
final class Evidence {

    static final int MAX_SENTENCES = 3;
    /** Longest sentence quoted in full; longer ones are cut with "...". */
    private static final int MAX_SENTENCE_CHARS = 240;

    /** One target's cues, by sentence, in the order they first occur. */
    private static final class TargetCues {
        final Map<Integer, Double> weights = new LinkedHashMap<>();
        final Map<Integer, List<String>> cues = new LinkedHashMap<>();
        final Map<Integer, List<String>> setAside = new LinkedHashMap<>();
    }

    private final ArticleText text;
    private final Sentences sentences;
    private final String[] targetNames;
    private final TargetCues[] byTarget;

    Evidence(Document doc, String[] targetNames, List<Cue> cues) {
        this.text = doc.text();
        this.sentences = doc.sentences();
        this.targetNames = targetNames;
        byTarget = new TargetCues[targetNames.length];
        for (int t = 0; t < byTarget.length; t++) {
            byTarget[t] = new TargetCues();
        }
        for (Cue c : cues) {
            add(c);
        }
    }

    private void add(Cue c) {
        if (c.targets.length == 0) {
            return;
        }
        Token first = text.token(c.hit.start);
        int s = first.sent;
        if (!c.counted) {
            String why = first.voice == Token.QUOTED ? "quoted" : "reported";
            for (int t : c.targets) {
                byTarget[t].setAside.computeIfAbsent(s, x -> new ArrayList<>()).add(cueText(c) + " (" + why + ", not counted)");
            }
            return;
        }
        String desc = cueText(c) + " → " + (c.w > 0 ? "FAVOR " : "AGAINST ") + names(c.targets);
        for (int i = 0; i < c.targets.length; i++) {
            TargetCues e = byTarget[c.targets[i]];
            e.weights.merge(s, c.w * c.factors[i], Double::sum);
            e.cues.computeIfAbsent(s, x -> new ArrayList<>()).add(desc);
        }
    }

    /** The evidence lines for target t with the label it got. */
    List<String> forTarget(int t, StanceLabel label) {
        TargetCues e = byTarget[t];
        List<Integer> order = new ArrayList<>(e.weights.keySet());
        double sign = label == StanceLabel.FAVOR ? 1 : label == StanceLabel.AGAINST ? -1 : 0;
        order.sort((x, y) -> {
            double wx = e.weights.get(x);
            double wy = e.weights.get(y);
            double kx = sign == 0 ? Math.abs(wx) : sign * wx;
            double ky = sign == 0 ? Math.abs(wy) : sign * wy;
            return Double.compare(ky, kx);
        });
        List<String> out = new ArrayList<>(MAX_SENTENCES);
        for (int s : order) {
            if (out.size() == MAX_SENTENCES) {
                break;
            }
            out.add(line(s, e.cues.get(s)));
        }
        if (label == StanceLabel.NEUTRAL) {
            for (Map.Entry<Integer, List<String>> aside : e.setAside.entrySet()) {
                if (out.size() == MAX_SENTENCES) {
                    break;
                }
                out.add(line(aside.getKey(), aside.getValue()));
            }
        }
        return out;
    }

    private String line(int s, List<String> cues) {
        String sentence = text.text(sentences.start(s), sentences.end(s) - 1);
        if (sentence.length() > MAX_SENTENCE_CHARS) {
            sentence = sentence.substring(0, MAX_SENTENCE_CHARS - 3) + "...";
        }
        return "\"" + sentence + "\" [" + String.join("; ", cues) + "]";
    }

    /** The cue as written, with its modifiers ("not very comforting"). */
    private String cueText(Cue c) {
        String s = text.text(c.modStart, c.hit.end - 1);
        return c.hit.entry == ScareQuotes.ENTRY ? s + " (scare quotes)" : s;
    }

    private String names(int[] targets) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < targets.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(targetNames[targets[i]]);
        }
        return sb.toString();
    }
}
