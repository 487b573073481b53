package io.newswire.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class CreditLineTest {

    /** The test before the narrowed search: the patterns over the whole line. */
    private static boolean byPatterns(String line, boolean slash, boolean stock) {
        return CreditLine.CREDIT_START.matcher(line).matches() || CreditLine.CREDIT.matcher(line).find()
                || slash && CreditLine.AGENCY_PHOTOGRAPHER.matcher(line).find() || stock && CreditLine.GETTY.matcher(line).find();
    }

    @Test
    void readsCreditsInTheUsualForms() {
        for (String line : new String[] {"Photo: EPA-EFE", "Image by Kremlin.ru", "Soldiers march (Photo/Reuters)",
                "Kim Jong Un inspects a factory. REUTERS/Sputnik", "Photographs courtesy of the ministry", "A view. Фото: ТАСС",
                "Troops in Kyiv. Getty Images/Anadolu", "Troops in Kyiv. AP Photo/Efrem Lukatsky)"}) {
            assertThat(CreditLine.matches(line, hasCreditWord(line), line.contains("/"), false)).as(line).isTrue();
        }
        assertThat(CreditLine.matches("Lavrov meets Kim, gifts him a box (PHOTO, VIDEO) -- RT", true, false, false)).isFalse();
        assertThat(CreditLine.matches("See the photos on our site at https://example.com/p", true, true, false)).isFalse();
    }

    private static boolean hasCreditWord(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        return java.util.stream.Stream.of("photo", "image", "foto", "фото", "credit", "illustration", "pic", "bild").anyMatch(lower::contains);
    }

    @Test
    void creditWordsInUnusualLettersAreStillRead() {
        for (String line : new String[] {"PİCTURE: AP", "pıcture: AP", "Illuſtration: AP", "Фᲂтᲂ: ТАСС"}) {
            assertThat(hasCreditWord(line)).as(line).isFalse();
            assertThat(CreditLine.CREDIT_START.matcher(line).matches()).as(line).isTrue();
            assertThat(CreditLine.matches(line, false, false, false)).as(line).isTrue();
        }
    }

    /** Every character the patterns take for a letter of a credit word, other than the letter in either case, is unusual. */
    @Test
    void theUnusualCaseLettersAreAllThePatternsAccept() {
        Pattern letter = Pattern.compile("[photimagecurfdlsnфот]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String letters = "photimagecurfdlsnфот";
        StringBuilder accepted = new StringBuilder();
        for (int c = 0x80; c <= Character.MAX_CODE_POINT; c++) {
            String s = Character.toString(c);
            if (letter.matcher(s).matches() && letters.toUpperCase(Locale.ROOT).indexOf(c) < 0 && letters.indexOf(c) < 0) {
                accepted.append(s);
                assertThat(CreditLine.hasUnusualCaseLetter("x" + s)).as("U+%04X", c).isTrue();
            }
        }
        assertThat(accepted.toString()).isEqualTo("İıſᲂᲄᲅ");
        assertThat(CreditLine.hasUnusualCaseLetter("Fotografía: AP")).isFalse();
    }

    @Test
    void theSearchStartsAtTheLastSentenceEnd() {
        assertThat(CreditLine.creditSearchStart("One. Two! Three? Photo: AP")).isEqualTo(15);
        assertThat(CreditLine.creditSearchStart("Photo: AP")).isZero();
        assertThat(CreditLine.creditSearchStart("x".repeat(500))).isEqualTo(500 - 2 * 92);
    }

    @Test
    void theLongestCreditIsFoundFromItsStart() {
        String longest = "x\uD835\uDC00.illustrations courtesy of : \uD83D\uDCF7" + "\uD83D\uDCF7".repeat(60) + "\r\n";
        assertThat(CreditLine.CREDIT.matcher(longest).find()).isTrue();
        assertThat(CreditLine.creditAtEnd(longest)).isTrue();
        assertThat(CreditLine.creditAtEnd("Photo " + longest)).isTrue();
    }

    /** Lines built from the patterns' parts, with random changes: the narrowed search must agree with the whole one. */
    @Test
    void agreesWithThePatternsOnRandomLines() {
        Random random = new Random(17);
        String[] parts = {"Photo", "photos", "PICTURE", "image", "Фото", "credit", "Illustration", "pic", "Bild", "by", "courtesy of",
                "source", ":", "/", "©", "(", "[", "|", ".", "!", "?", " ", "  ", "\t", "\r", "\n", "\r\n", "\u2028", "\u0085", "Reuters",
                "AP Photo", "AFP Photo", "Getty Images", "getty images", "via Getty", "/Getty", "shutterstock", "EPA", "Efrem Lukatsky",
                ")", "-", "x".repeat(30), "word", "\uD83D\uDCF7", "\uD835\uDC00", "İ", "ı", "ſ", "é", "K.", "PİCTURE", "pıc", "ᲂ",
                "Фᲂтᲂ", "fotografía"};
        int credits = 0;
        for (int round = 0; round < 30_000; round++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(14); i < n; i++) {
                String part = parts[random.nextInt(parts.length)];
                line.append(random.nextInt(6) == 0 ? part.repeat(1 + random.nextInt(8)) : part);
            }
            String text = line.toString();
            boolean slash = text.contains("/");
            String lower = text.toLowerCase(java.util.Locale.ROOT);
            boolean stock = lower.contains("getty") || lower.contains("shutterstock");
            boolean expected = byPatterns(text, slash, stock);
            credits += expected ? 1 : 0;
            assertThat(CreditLine.matches(text, hasCreditWord(text), slash, stock)).as(text).isEqualTo(expected);
            assertThat(CreditLine.creditAtEnd(text)).as(text).isEqualTo(CreditLine.CREDIT.matcher(text).find());
            if (CreditLine.AGENCY_PHOTOGRAPHER.matcher(text).find()) {
                assertThat(CreditLine.mayEndWithPhotographer(text)).as(text).isTrue();
            }
        }
        assertThat(credits).isGreaterThan(1_000);
    }
}
