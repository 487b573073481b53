package io.newswire.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    private final LanguageDetector detector = LanguageDetector.shared();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|Russian President Vladimir Putin touched down in North Korea and was greeted by huge welcome banners.",
            "de|Der russische Präsident Wladimir Putin ist zu einem Besuch in Nordkorea eingetroffen und wurde empfangen.",
            "fr|Le président russe Vladimir Poutine est arrivé en Corée du Nord pour une visite de deux jours.",
            "es|El presidente ruso, Vladímir Putin, llegó a Corea del Norte para una visita de dos días.",
            "ru|Президент России Владимир Путин прибыл в Пхеньян с государственным визитом, сообщает ТАСС.",
            "uk|Президент Росії Володимир Путін прибув до Пхеньяна з державним візитом, повідомляють українські медіа.",
            "it|Il presidente russo Vladimir Putin è arrivato in Corea del Nord per una visita di due giorni.",
            "ko|블라디미르 푸틴 러시아 대통령이 평양에 도착했다고 연합뉴스가 보도했다.",
            "zh|俄罗斯总统普京抵达平壤，开始对朝鲜进行国事访问。双方将签署条约。",
            "ja|ロシアのプーチン大統領は北朝鮮の平壌に到着し、金正恩総書記と会談した。",
    })
    void detects(String code, String text) {
        LanguageGuess g = detector.detect(text);
        assertThat(g.code()).isEqualTo(code);
        assertThat(g.confidence()).isBetween(0.3, 1.0);
    }

    @Test
    void tooShortIsUndetermined() {
        assertThat(detector.detect("Putin arrived.").code()).isEqualTo("und");
        assertThat(detector.detect("12345 67890 !!!").code()).isEqualTo("und");
        assertThat(detector.detect("").confidence()).isZero();
    }

    @Test
    void urlsHandlesAndDigitsDoNotFeedTheModel() {
        assertThat(LanguageDetector.normalise("See https://example.com/x @user #tag 2024  Hello\n\tWorld"))
                .isEqualTo("see hello world");
    }

    @Test
    void englishWithQuotedForeignScriptStaysEnglish() {
        String text = "An Iranian official told Al Jazeera that the operation, which state television called «وعده صادق», "
                + "was concluded, and Israeli officials vowed a response within days.";
        assertThat(detector.detect(text).code()).isEqualTo("en");
    }
}
