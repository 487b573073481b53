package io.newswire.enrich.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.maxent.GISModel;

/**
 * ISO 639-1 language of a text, from Apache OpenNLP's 103-language model ({@code langdetect-183.bin}, shipped
 * as the Maven artifact {@code opennlp-models-langdetect}).
 *
 * <p>Two deliberate departures from {@code LanguageDetectorME}: scripts used by one language only (Hangul, kana,
 * Han, Greek, Hebrew, Thai, Armenian, Georgian) are decided by script, and the model's features (distinct
 * lower-cased character 1- to 3-grams after dropping URLs, handles and digits and collapsing whitespace) are
 * computed in one pass over a bounded sample, because OpenNLP's regex normalisers cost ~100 µs per call, and
 * scored through {@link NgramModel}, an index of the model's parameters by packed n-gram built once.
 */
public final class LanguageDetector {

    /** Fewer letters than this say too little: the result is "und". */
    static final int MIN_LETTERS = 20;
    /** Characters of text sampled for the model; enough for news prose, and it bounds the cost. */
    static final int SAMPLE_CHARS = 200;

    private static final String MODEL = "/langdetect-183.bin";
    /** Model labels that are not ISO 639-2 codes of the language we report. */
    private static final Map<String, String> MODEL_CODES = Map.ofEntries(
            Map.entry("cmn", "zh"), Map.entry("nan", "zh"), Map.entry("pes", "fa"), Map.entry("fas", "fa"),
            Map.entry("lvs", "lv"), Map.entry("ekk", "et"), Map.entry("zsm", "ms"), Map.entry("msa", "ms"),
            Map.entry("swh", "sw"), Map.entry("nob", "nb"), Map.entry("nno", "nn"), Map.entry("plt", "mg"),
            Map.entry("pnb", "pa"), Map.entry("gsw", "de"), Map.entry("nds", "de"), Map.entry("uzb", "uz"),
            Map.entry("sqi", "sq"), Map.entry("ell", "el"), Map.entry("ces", "cs"), Map.entry("slk", "sk"),
            Map.entry("deu", "de"), Map.entry("fra", "fr"), Map.entry("nld", "nl"), Map.entry("ron", "ro"),
            Map.entry("eus", "eu"), Map.entry("hye", "hy"), Map.entry("kat", "ka"), Map.entry("cym", "cy"),
            Map.entry("mri", "mi"), Map.entry("isl", "is"), Map.entry("mkd", "mk"), Map.entry("bod", "bo"));

    private final NgramModel model;
    private final String[] outcomes;

    private LanguageDetector(GISModel gis) {
        this.model = NgramModel.of(gis);
        this.outcomes = new String[gis.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = iso1(gis.getOutcome(i));
        }
    }

    /** The shared detector; the 10 MB model is loaded once, on first use. */
    public static LanguageDetector shared() {
        return Holder.INSTANCE;
    }

    public LanguageGuess detect(String text) {
        if (text == null) {
            return LanguageGuess.undetermined();
        }
        ScriptCount scripts = ScriptCount.of(text, SAMPLE_CHARS * 3);
        if (scripts.letters() < MIN_LETTERS) {
            return LanguageGuess.undetermined();
        }
        String byScript = scripts.uniqueScriptLanguage();
        if (byScript != null) {
            return new LanguageGuess(byScript, scripts.dominance());
        }
        String sample = normalise(text);
        if (sample.isEmpty()) {
            return LanguageGuess.undetermined();
        }
        double[] p = model.eval(sample);
        int best = 0;
        int second = -1;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                second = best;
                best = i;
            } else if (second < 0 || p[i] > p[second]) {
                second = i;
            }
        }
        // The model's probabilities spread over 103 languages; the margin over the runner-up is the better signal.
        double margin = p[best] / (p[best] + (second < 0 ? 0 : p[second]));
        double lengthFactor = Math.min(1.0, scripts.letters() / 100.0);
        return new LanguageGuess(outcomes[best], round(Math.min(0.99, margin * (0.6 + 0.4 * lengthFactor))));
    }

    /** Lower case; URLs, @handles, #tags and digits dropped; runs of whitespace made one space. */
    static String normalise(String text) {
        StringBuilder sb = new StringBuilder(SAMPLE_CHARS);
        int i = 0;
        int n = text.length();
        while (i < n && sb.length() < SAMPLE_CHARS) {
            char c = text.charAt(i);
            if ((c == 'h' || c == 'w') && (text.startsWith("http", i) || text.startsWith("www.", i))
                    || c == '@' || c == '#') {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            if (Character.isDigit(c) || Character.isSurrogate(c) || Character.getType(c) == Character.OTHER_SYMBOL) {
                i++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
            } else {
                sb.append(Character.toLowerCase(c));
            }
            i++;
        }
        return sb.toString().strip();
    }

    private static String iso1(String modelCode) {
        String mapped = MODEL_CODES.get(modelCode);
        if (mapped != null) {
            return mapped;
        }
        return Iso3.toIso1(modelCode);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static final class Holder {
        static final LanguageDetector INSTANCE = load();

        private static LanguageDetector load() {
            try (InputStream in = LanguageDetector.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("language model " + MODEL + " not on the class path (opennlp-models-langdetect)");
                }
                return new LanguageDetector((GISModel) new LanguageDetectorModel(in).getMaxentModel());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** ISO 639-2/3 to 639-1 through the JDK's tables. */
    private static final class Iso3 {
        private static final Map<String, String> TO_ISO1 = new HashMap<>();

        static {
            for (String iso1 : Locale.getISOLanguages()) {
                try {
                    TO_ISO1.put(new Locale(iso1).getISO3Language(), iso1);
                } catch (RuntimeException e) {
                    // some codes have no three-letter form
                }
            }
        }

        static String toIso1(String code) {
            return TO_ISO1.getOrDefault(code, code);
        }
    }
}
