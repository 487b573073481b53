package io.newswire.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

class DatelineReaderTest {

    /** The reading before the pre-checks: every pattern tried in turn. */
    private static Optional<Dateline> byPatterns(String line, int index) {
        Matcher m = DatelineReader.DATELINE.matcher(line);
        if (m.lookingAt()) {
            String agency = m.group("slash") != null ? m.group("slash") : m.group("paren");
            return Optional.of(new Dateline(index, m.group("place").strip(), strip(m.group("date")), agency.strip(), m.group().strip()));
        }
        Matcher chinese = DatelineReader.CJK_DATELINE.matcher(line);
        if (chinese.lookingAt()) {
            return Optional.of(new Dateline(index, chinese.group("place"), chinese.group("date"), chinese.group("agency"), chinese.group()));
        }
        Matcher korean = DatelineReader.PAREN_DATELINE.matcher(line);
        if (korean.lookingAt()) {
            return Optional.of(new Dateline(index, korean.group("place").strip(), null, korean.group("agency").strip(), korean.group()));
        }
        Matcher caps = DatelineReader.CAPS_DATELINE.matcher(line);
        if (caps.lookingAt()) {
            return Optional.of(new Dateline(index, caps.group("place").strip(), strip(caps.group("date")), null, caps.group().strip()));
        }
        return Optional.empty();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static boolean opensByPatterns(String line) {
        return DatelineReader.DATELINE.matcher(line).lookingAt() || DatelineReader.PAREN_DATELINE.matcher(line).lookingAt()
                || DatelineReader.CJK_DATELINE.matcher(line).lookingAt();
    }

    @Test
    void theLongestPlaceAndDateStillReachTheAgency() {
        String letter = "\uD835\uDC00"; // a letter outside the BMP: two chars
        String place = "\uD835\uDC00" + letter.repeat(25) + (" " + letter + letter.repeat(20)).repeat(2);
        String line = place + ", " + "\uD83D\uDCC5".repeat(32) + " . /TASS/. Text";
        assertThat(DatelineReader.DATELINE.matcher(line).lookingAt()).isTrue();
        assertThat(DatelineReader.mayBeDateline(line)).isTrue();
        assertThat(DatelineReader.read(line, 0)).isEqualTo(byPatterns(line, 0)).isPresent();
    }

    /** Lines built from the patterns' parts, with random changes: the pre-checks must never change a reading. */
    @Test
    void agreesWithThePatternsOnRandomLines() {
        Random random = new Random(23);
        String[] parts = {"PYONGYANG", "Berlin", "Moskau", "New York", "WASHINGTON", "St.", "O’Neil", "-", "/", "(", ")", ",", ".", ":",
                " ", "  ", "\n", "May 31", "Nov. 5, 2024", "TASS", "UPI", "dpa", "Reuters", "--", "–", "—", "新华社", "平壤", "6月19日", "电",
                "(서울=연합뉴스)", "=", "연합뉴스", "서울", "\uD835\uDC00", "é", "x".repeat(40), "the", "said", "3"};
        int read = 0;
        for (int round = 0; round < 30_000; round++) {
            StringBuilder line = new StringBuilder();
            for (int i = 0, n = 1 + random.nextInt(12); i < n; i++) {
                String part = parts[random.nextInt(parts.length)];
                line.append(random.nextInt(8) == 0 ? part.repeat(1 + random.nextInt(6)) : part);
            }
            String text = line.toString();
            Optional<Dateline> expected = byPatterns(text, round);
            read += expected.isPresent() ? 1 : 0;
            assertThat(DatelineReader.read(text, round)).as(text).isEqualTo(expected);
            assertThat(DatelineReader.opensWithDateline(text)).as(text).isEqualTo(opensByPatterns(text));
        }
        assertThat(read).isGreaterThan(1_000);
    }
}
