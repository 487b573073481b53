package io.newswire.enrich.eval;

import java.util.List;

/**
 * The figures {@code score.py} prints, and its lines as printed.
 *
 * @param lines the printed lines, the {@code SCORE ...} line last
 */
public record ScoreReport(int files, int missing, int langRight, int langTotal, int pubRight, int pubTotal,
                                                    int restraintRight, int restraintTotal, int citedTp, int citedFp, int citedFn,
                                                    int dateRight, int dateTotal, int dateRestraintRight, int dateRestraintTotal,
                                                    int highConfidenceWrongDates, double citedF1, double stanceF, double stanceAccuracy,
                                                    List<String> lines) {

    public ScoreReport {
        lines = List.copyOf(lines);
    }

    /** The final "SCORE date=.. publisher=.. ..." line. */
    public String scoreLine() {
        return lines.get(lines.size() - 1);
    }

    public double dateAccuracy() {
        return ratio(dateRight, dateTotal);
    }

    public double dateRestraint() {
        return ratio(dateRestraintRight, dateRestraintTotal);
    }

    public double publisherAccuracy() {
        return ratio(pubRight, pubTotal);
    }

    public double publisherRestraint() {
        return ratio(restraintRight, restraintTotal);
    }

    public double languageAccuracy() {
        return ratio(langRight, langTotal);
    }

    static double ratio(int right, int total) {
        return total == 0 ? Double.NaN : (double) right / total;
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
