package io.newswire.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The packed-n-gram index scores as OpenNLP's own evaluation of the same distinct n-grams. */
class NgramModelTest {

    private static GISModel gis;
    private static NgramModel index;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = NgramModelTest.class.getResourceAsStream("/langdetect-183.bin")) {
            gis = (GISModel) new LanguageDetectorModel(in).getMaxentModel();
        }
        index = NgramModel.of(gis);
    }

    private static String[] distinctGrams(String sample) {
        Set<String> grams = new LinkedHashSet<>();
        for (int len = 1; len <= NgramModel.MAX_GRAM; len++) {
            for (int i = 0; i + len <= sample.length(); i++) {
                grams.add(sample.substring(i, i + len));
            }
        }
        return grams.toArray(new String[0]);
    }

    @Test
    void sameProbabilitiesAsTheModel() {
        String[] texts = {
                "Russian President Vladimir Putin and North Korean leader Kim Jong Un met on Wednesday.",
                "Le président russe a rencontré le dirigeant nord-coréen mercredi à Vladivostok.",
                "Der russische Präsident traf am Mittwoch den nordkoreanischen Machthaber.",
                "Президент России встретился с лидером КНДР в среду на космодроме Восточный.",
                "El presidente ruso se reunió el miércoles con el líder norcoreano.",
                "aaaa"};
        for (String t : texts) {
            String sample = LanguageDetector.normalise(t);
            double[] expected = gis.eval(distinctGrams(sample));
            double[] actual = index.eval(sample);
            assertThat(actual).hasSameSizeAs(expected);
            for (int k = 0; k < expected.length; k++) {
                assertThat(actual[k]).as(t + " outcome " + gis.getOutcome(k)).isCloseTo(expected[k], within(1e-9));
            }
        }
    }
}
