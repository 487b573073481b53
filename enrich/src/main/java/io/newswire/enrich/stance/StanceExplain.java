package io.newswire.enrich.stance;

import io.newswire.avro.Stance;
import java.util.List;
import java.util.Locale;

/**
 * Renders stance entries for people, e.g. for {@code newswire explain FILE}:
 * <pre>
 * stance (author's own voice; quoted and reported speech not counted)
 *   Russia         AGAINST  score -0.85  confidence 0.91  mentions 5
 *     "The two dictators seem to be finding common ground ..." [dictators → AGAINST Russia, North Korea]
 *   United States  NEUTRAL  score  0.00  confidence 0.90  mentions 2
 *     (no cue in the author's voice)
 *   warning: stance skipped: language 'de' is not supported (supported: en)
 * </pre>
 */
public final class StanceExplain {

    private StanceExplain() {}

    public static String format(StanceResult result) {
        return format(result.stances(), result.warnings());
    }

    public static String format(List<Stance> stances, List<String> warnings) {
        StringBuilder sb = new StringBuilder("stance (author's own voice; quoted and reported speech not counted)\n");
        if (stances.isEmpty() && warnings.isEmpty()) {
            sb.append("  no configured target is mentioned\n");
        }
        int width = 8;
        for (Stance s : stances) {
            width = Math.max(width, s.getTarget().length());
        }
        for (Stance s : stances) {
            sb.append("  ").append(pad(s.getTarget(), width)).append("  ").append(pad(s.getLabel().name(), 7))
                    .append(String.format(Locale.ROOT, "  score %5.2f  confidence %.2f  mentions %d%n", s.getScore(),
                            s.getConfidence(), s.getMentions()));
            if (s.getEvidence().isEmpty()) {
                sb.append("    (no cue in the author's voice)\n");
            }
            for (String e : s.getEvidence()) {
                sb.append("    ").append(e).append('\n');
            }
        }
        for (String w : warnings) {
            sb.append("  warning: ").append(w).append('\n');
        }
        return sb.toString();
    }

    private static String pad(String s, int w) {
        return s.length() >= w ? s : s + " ".repeat(w - s.length());
    }
}
