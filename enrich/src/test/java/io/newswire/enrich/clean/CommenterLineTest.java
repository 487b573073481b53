package io.newswire.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CommenterLineTest {

    private static boolean byPattern(String line) {
        return CommenterLine.PATTERN.matcher(line).matches();
    }

    @Test
    void theUsualFormIsConfirmedWithoutThePattern() {
        for (String line : new String[] {"Tom Reilly September 15, 2023 at 2:07 pm", "Walkin O'Shea May 1, 2019 at 5:06 pm",
                "Lena K. September 16, 2023 at 6:35 pm Reply", "Marcus September 14, 2023 at 10:03 P.M.", "annaj 14.09.2023 12:30",
                "Vincent May 1, 2019 at 5:20pmReply"}) {
            assertThat(CommenterLine.surelyMatches(line)).as(line).isTrue();
            assertThat(byPattern(line)).as(line).isTrue();
        }
    }

    @Test
    void otherFormsAreLeftToThePattern() {
        assertThat(CommenterLine.surelyMatches("Peter K. 13.09.2023, 15:02 Uhr")).isFalse();
        assertThat(CommenterLine.matches("Peter K. 13.09.2023, 15:02 Uhr")).isTrue();
        assertThat(CommenterLine.surelyMatches("Walkin O'Shea · 3 hours ago")).isFalse();
        assertThat(CommenterLine.matches("Walkin O'Shea · 3 hours ago")).isTrue();
        assertThat(CommenterLine.surelyFails("kyiv_watcher September 16, 2023 at 3:14 pm")).isTrue();
        assertThat(CommenterLine.matches("kyiv_watcher September 16, 2023 at 3:14 pm")).isFalse();
        assertThat(CommenterLine.surelyFails("Zoë_k September 16, 2023 at 3:14 pm")).isFalse(); // not judged: "ë"
        assertThat(CommenterLine.matches("The meeting began at 10:30 and lasted four hours")).isFalse();
        assertThat(CommenterLine.matches("Two dictators, one photo op. Reply")).isFalse();
    }

    @Test
    void aDateLongerThanThirtyCharactersIsNotConfirmed() {
        String line = "Tom Reilly 14, 15, 16, 17, 18, 19, 20, 21, 2023 at 2:07 pm";
        assertThat(CommenterLine.surelyMatches(line)).isFalse();
        assertThat(byPattern(line)).isFalse();
    }

    /** Lines near the usual form, with random changes: the quick yes and no must never disagree with the pattern. */
    @Test
    void agreesWithThePatternOnRandomLinesNearTheUsualForm() {
        Random random = new Random(11);
        String[] parts = {"Tom", "Reilly", "O'Shea", "K.", "Jean-Luc", "kyiv_watcher", "Łukasz", "ſam", "September", "watcher99", "Ann\tLee", "14,", "2023",
                "at", "on", "-", "·", "|", "says", "2:07", "10:03", "123:45", "1:5", "pm", "PM", "p.m.", "a.m", "am.", "Reply", "reply",
                "Uhr", "CEST", "wrote:", "3", "hours", "ago", "x", "", "\t", "  ", "é", "١٢:٣٠"};
        int confirmed = 0;
        int ruledOut = 0;
        for (int round = 0; round < 20_000; round++) {
            StringBuilder line = new StringBuilder(parts[random.nextInt(11)]);
            for (int i = 0, n = 1 + random.nextInt(9); i < n; i++) {
                line.append(random.nextInt(8) == 0 ? "" : " ").append(parts[random.nextInt(parts.length)]);
            }
            String text = line.toString().strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean sure = CommenterLine.surelyMatches(text);
            boolean pattern = byPattern(text);
            if (sure) {
                confirmed++;
                assertThat(pattern).as(text).isTrue();
            }
            if (CommenterLine.surelyFails(text)) {
                ruledOut++;
                assertThat(pattern).as(text).isFalse();
            }
            assertThat(CommenterLine.matches(text)).as(text).isEqualTo(CommenterLine.mayMatch(text) && pattern);
        }
        assertThat(confirmed).isGreaterThan(100);
        assertThat(ruledOut).isGreaterThan(100);
    }
}
