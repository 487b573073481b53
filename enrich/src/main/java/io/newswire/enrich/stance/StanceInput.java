package io.newswire.enrich.stance;

/**
 * What a {@link StanceTagger} reads.
 *
 * @param text     the cleaned article body, one paragraph per line (comments and boilerplate already removed by the
 *                 clean step); never null
 * @param title    the headline, or null; read as the author's (editor's) voice, but a target named only in the title
 *                 gets no entry
 * @param language ISO 639-1 code of the body ("en"), "und" or null when unknown
 */
public record StanceInput(String text, String title, String language) {

    public StanceInput {
        text = text == null ? "" : text;
    }

    public static StanceInput of(String text, String language) {
        return new StanceInput(text, null, language);
    }
}
