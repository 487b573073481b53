package io.newswire.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TitleKeyTest {

    private static final Pattern QUOTES = Pattern.compile("[‘’‛′`´]");
    private static final Pattern DQUOTES = Pattern.compile("[“”„‟″«»]");
    private static final Pattern NOT_KEY_CHARS = Pattern.compile("[^\\p{L}\\p{N}']+");

    /** The key's definition, by patterns: what {@link TitleKey#unicodeKey} computes in plain loops. */
    private static String byPatterns(String s) {
        String t = DQUOTES.matcher(QUOTES.matcher(s).replaceAll("'")).replaceAll("\"");
        t = Normalizer.normalize(t, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOT_KEY_CHARS.matcher(t).replaceAll(" ").strip();
    }

    @Test
    void ignoresCaseAccentsQuoteStylesAndPunctuation() {
        assertThat(TitleKey.of("Putin Shows He’s Best Buds — With «Kim»!")).isEqualTo("putin shows he's best buds with kim");
        assertThat(TitleKey.of("ＦＵＬＬ　ｗｉｄｔｈ ﬁne ²")).isEqualTo("full width fine 2");
        assertThat(TitleKey.of("Путин и Ким: «друзья»")).isEqualTo("путин и ким друзья");
    }

    @Test
    void agreesWithThePatternsOnRandomText() {
        Random random = new Random(29);
        String alphabet = "aZ9' `\"-.,!?:;()[]/_\t‘’‛′`´“”„‟″«»ﬁＡ１²Ⅻ١éÉİıſßΣςПж中한ー・\u0301\u00A0\u2028\u3000";
        String[] supplementary = {"\uD835\uDC00", "\uD83D\uDCF7", "\uD840\uDC00", "\uD835\uDFCE", "\uD800", "\uDC00"};
        for (int round = 0; round < 30_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = random.nextInt(30); i < n; i++) {
                if (random.nextInt(10) == 0) {
                    text.append(supplementary[random.nextInt(supplementary.length)]);
                } else {
                    text.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            assertThat(TitleKey.unicodeKey(text.toString())).as(text.toString()).isEqualTo(byPatterns(text.toString()));
        }
    }
}
