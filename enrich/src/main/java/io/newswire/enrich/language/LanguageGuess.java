package io.newswire.enrich.language;

/** An ISO 639-1 code ("und" when undetermined) and a confidence 0..1. */
public record LanguageGuess(String code, double confidence) {

    public static final String UNDETERMINED = "und";

    public static LanguageGuess undetermined() {
        return new LanguageGuess(UNDETERMINED, 0.0);
    }
}
