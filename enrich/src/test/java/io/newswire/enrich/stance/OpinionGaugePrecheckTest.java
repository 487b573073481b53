package io.newswire.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The cheap checks that skip a header regex never skip one that would have matched. */
class OpinionGaugePrecheckTest {

    private static final String[] PIECES = {"Opinion", "OPINION", "opinion", "Editorial", "Commentary", "column",
        "Op-Ed", "oped", "Viewpoint", "comment", "Guest essay", "guest column", "Perspective", "Leader", "News analysis",
        "ANALYSIS", "analysis", "SEOUL", "U.S.", "O'NEILL", "ST. LOUIS", "NEW YORK", "The", "By", "Reuters", "(Reuters)",
        "(AP)", "/TASS/", "(dpa)", "(KCNA)", "columnist", "COLUMNIST", "Guest Writer", "opinion writer",
        "contributing WRITER", "Editorial Board", "editorial  board", "writers"};
    private static final String CHARS = "AZaz .,'’-—–|:()/\t\nÉéKİ7@";

    private static String randomHeader(Random random) {
        StringBuilder sb = new StringBuilder();
        int parts = random.nextInt(5);
        for (int p = 0; p < parts; p++) {
            if (random.nextBoolean()) {
                sb.append(PIECES[random.nextInt(PIECES.length)]);
            }
            int chars = random.nextInt(4);
            for (int c = 0; c < chars; c++) {
                sb.append(CHARS.charAt(random.nextInt(CHARS.length())));
            }
        }
        return sb.toString();
    }

    private static void neverSkipsAMatch(Pattern pattern, Predicate<String> precheck) {
        neverSkipsAMatch(pattern, precheck, false);
    }

    private static void neverSkipsAMatch(Pattern pattern, Predicate<String> precheck, boolean anywhere) {
        Random random = new Random(42);
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            String s = randomHeader(random);
            if (anywhere ? pattern.matcher(s).find() : pattern.matcher(s).lookingAt()) {
                matched++;
                assertThat(precheck.test(s)).as("%s skipped though it matches", s).isTrue();
            }
        }
        assertThat(matched).as("matching headers generated").isGreaterThan(100);
    }

    @Test
    void theOpinionLabelCheckPassesEveryOpinionLabel() {
        neverSkipsAMatch(OpinionGauge.OPINION_LABEL, OpinionGauge::mayStartOpinionLabel);
        assertThat(OpinionGauge.mayStartOpinionLabel("The talks ended")).isFalse();
    }

    @Test
    void theAnalysisLabelCheckPassesEveryAnalysisLabel() {
        neverSkipsAMatch(OpinionGauge.ANALYSIS_LABEL, OpinionGauge::mayStartAnalysisLabel);
        assertThat(OpinionGauge.mayStartAnalysisLabel("The talks ended")).isFalse();
    }

    @Test
    void theColumnistCheckPassesEveryColumnistsByline() {
        neverSkipsAMatch(OpinionGauge.COLUMNIST, OpinionGauge::mayNameColumnist, true);
        assertThat(OpinionGauge.mayNameColumnist("By Jane Doe, staff reporter")).isFalse();
    }

    @Test
    void theDatelineCheckPassesEveryDateline() {
        neverSkipsAMatch(OpinionGauge.DATELINE, OpinionGauge::mayStartDateline);
        assertThat(OpinionGauge.mayStartDateline("Seoul, Oct 11")).isFalse();
    }

    @Test
    void theAgencyMarkCheckPassesEveryAgencyMark() {
        for (String mark : OpinionGauge.AGENCY_MARKS) {
            assertThat(OpinionGauge.mayHoldAgencyMark("SEOUL " + mark + " - ")).as(mark).isTrue();
        }
        assertThat(OpinionGauge.mayHoldAgencyMark("Seoul, Oct 11 - The talks ended")).isFalse();
    }
}
