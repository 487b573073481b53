package io.newswire.enrich.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * The hand-read forms against the regexes they replaced, on random texts made of the pieces dates are written with
 * and of the characters regexes treat specially (case folds such as "ſ" and the Kelvin sign, non-ASCII digits and
 * spaces, a letter outside the BMP).
 */
class DateFormsDifferentialTest {

    private static final int CASES = 100_000;

    private static final String[] WORDS = {"September", "Sept", "sept", "SEPT", "May", "mayo", "Mai", "März", "junio", "juin",
            "сентября", "Dec", "ab", "abc", "de", "del", "Thursday", "Thu", "Reply", "Abcdefghijklm", "𝐌ay", "Mäy", "ſept",
            "at", "a las", "a la", "alle", "às", "à", "um", "в", "В", "am", "a.m.", "a.m", "PM", "p.m.", "pm", "Uhr", "h", "H",
            "ET", "et", "EST", "UTC", "GMT", "Z", "KST", "ſt", "st", "nd", "rd", "th", "er", "K", "ı", "İ", "é", "x"};
    private static final String[] MARKS = {" ", " ", " ", "  ", "   ", "    ", "\t", "\n", "\u2003", "\u2028", ",", ", ", ".", ". ",
            ":", "-", "/", "|", "–", "—", "·", "(", ")", "+", "T", ""};
    private static final String[] NUMBERS = {"1", "9", "12", "14", "31", "32", "0", "00", "05", "59", "60", "123", "2023",
            "1999", "20231", "١٢", "1١", "１３", "8:02", "10:05", "10h15", "10.05", "23:59:59", "+03:00", "+0300", "-05", "2024-06-19",
            "13.09.2023", "06/18/2024", "2024.06.26", "2024年06月19日"};

    private static final String[] SPACES = {" ", " ", "  ", "   ", "    ", "\t", "\n", "\u2003", ""};
    private static final String[] SUFFIXES = {"", "", "st", "nd", "th", "ſt", "er", "ER", ".", "x"};
    private static final String[] DOTS = {"", "", "."};
    private static final String[] COMMAS = {"", "", ",", ":3", ".5"};
    private static final String[] SPANISH = {"", "", "de ", "del ", "De\t", "de"};
    private static final String[] MONTHS = {"September", "Sept", "SEPT", "ſept", "May", "mayo", "Mai", "März", "junio", "juin",
            "сентября", "Dec", "𝐌ay", "Mäy", "Septembers", "Abcdefghijk", "Abcdefghijkl", "ab", "abc"};
    private static final String[] CONNECTORS = {"", "", ",", "at", "AT", "a las", "a la", "alle", "às", "àſ", "à", "в", "В", "|", "–", "um", "x"};
    private static final String[] TIMES = {"8:02", "10:05", "10h15", "10H15", "10.05", "23:59:59", "1:2", "123:45", "9:60", "12:00:7",
            "12:30", "0:00"};
    private static final String[] PARENS = {"", "", "(", ")"};
    private static final String[] ISO_DAYS = {"2024-06-19", "2024-6-9", "2024-06-1", "2024-006-19", "2024-06-190", "20240-06-19",
            "1999-12-31", "2024-13-45"};
    private static final String[] ISO_SEPARATORS = {"T", "t", " ", "  ", "\t", "\u2003", "x", ""};
    private static final String[] ISO_TIMES = {"03:12", "3:12", "03:1", "123:12", "03:12:00", "03:12:0", "03:12:001", "03:12:00.5",
            "03:12:00,123456789", "03:12:00.1234567890", "03:12.5", "03:12:00.", "03:12:00:00", "24:61:61"};
    private static final String[] ISO_ZONES = {"", "Z", "z", "+03:00", "+0300", "-05", "+03:0", "+03:001", "+030", "UTC", "utc",
            "GMT", "gMt", "KST", " Z", " +03:00", "  UTC", "\tGMT"};
    private static final String[] ISO_AFTERS = {"", "", " ", "1", " 1", "x", ".", ":", "-07", "Z", "\n", "١"};

    private final Random random = new Random(20231113);
    private final DateScanner scanner = new DateScanner();
    private final ReferenceDateScanner reference = new ReferenceDateScanner();

    @Test
    void writtenTimeReadsWhatItsPatternMatched() {
        int matched = 0;
        for (int c = 0; c < CASES; c++) {
            String before = randomText(2);
            String text = before + shaped(SPACES, CONNECTORS, SPACES, TIMES, SPACES, WORDS, DOTS, SPACES, PARENS, WORDS, PARENS, MARKS) + randomText(2);
            int from = random.nextInt(4) == 0 ? random.nextInt(text.length() + 1) : before.length();
            Matcher m = ReferenceDateScanner.TIME.matcher(text);
            m.region(from, Math.min(text.length(), from + 40));
            WrittenTime.Match read = WrittenTime.read(text, from);
            if (!m.lookingAt()) {
                assertThat(read).as("[%s] from %d", text, from).isNull();
                continue;
            }
            matched++;
            assertThat(m.end() - from).isLessThanOrEqualTo(WrittenTime.MAX_LENGTH);
            assertThat(read).as("[%s] from %d", text, from).isEqualTo(new WrittenTime.Match(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)),
                    m.group(4) == null ? 0 : Character.toLowerCase(m.group(4).charAt(0)),
                    m.start(5), m.group(5) == null ? -1 : m.end(5), m.end()));
        }
        assertThat(matched).as("texts the pattern matched").isGreaterThan(CASES / 50);
    }

    @Test
    void monthFirstReadsWhatItsPatternMatched() {
        int matched = 0;
        for (int c = 0; c < CASES; c++) {
            String before = randomText(2);
            String text = before + shaped(MONTHS, DOTS, SPACES, NUMBERS, SUFFIXES, COMMAS, SPACES, NUMBERS) + randomText(3);
            int start = random.nextInt(4) == 0 ? random.nextInt(text.length() + 1) : before.length();
            Matcher m = anchored(ReferenceDateScanner.MONTH_DAY_YEAR, text, start);
            MonthNameDate read = MonthNameDate.monthFirst(text, start);
            if (!m.lookingAt()) {
                assertThat(read).as("[%s] from %d", text, start).isNull();
                continue;
            }
            matched++;
            assertThat(read).as("[%s] from %d", text, start).isEqualTo(new MonthNameDate(m.start(1), m.end(1),
                    Integer.parseInt(m.group(2)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), m.end()));
        }
        assertThat(matched).as("texts the pattern matched").isGreaterThan(CASES / 50);
    }

    @Test
    void dayFirstReadsWhatItsPatternMatched() {
        int matched = 0;
        for (int c = 0; c < CASES; c++) {
            String before = randomText(2);
            String text = before + shaped(NUMBERS, SUFFIXES, SPACES, SPANISH, MONTHS, DOTS, COMMAS, SPACES, SPANISH, NUMBERS) + randomText(3);
            int start = random.nextInt(4) == 0 ? random.nextInt(text.length() + 1) : before.length();
            Matcher m = anchored(ReferenceDateScanner.DAY_MONTH_YEAR, text, start);
            MonthNameDate read = MonthNameDate.dayFirst(text, start);
            if (!m.lookingAt()) {
                assertThat(read).as("[%s] from %d", text, start).isNull();
                continue;
            }
            matched++;
            assertThat(read).as("[%s] from %d", text, start).isEqualTo(new MonthNameDate(m.start(2), m.end(2),
                    Integer.parseInt(m.group(1)), m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), m.end()));
        }
        assertThat(matched).as("texts the pattern matched").isGreaterThan(CASES / 50);
    }

    @Test
    void isoReadsWhatItsPatternMatched() {
        int matched = 0;
        for (int c = 0; c < CASES; c++) {
            String before = random.nextInt(3) == 0 ? randomText(2) : "";
            String text = before + shaped(ISO_DAYS, ISO_SEPARATORS, ISO_TIMES, ISO_ZONES, ISO_AFTERS) + randomText(1);
            int start = random.nextInt(4) == 0 ? random.nextInt(text.length() + 1) : before.length();
            Matcher m = anchored(ReferenceDateScanner.ISO, text, start);
            IsoDate read = IsoDate.read(text, start);
            if (!m.lookingAt()) {
                assertThat(read).as("[%s] from %d", text, start).isNull();
                continue;
            }
            matched++;
            assertThat(read).as("[%s] from %d", text, start).isEqualTo(new IsoDate(
                    Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                    m.group(4) == null ? -1 : Integer.parseInt(m.group(4)), m.group(5) == null ? 0 : Integer.parseInt(m.group(5)),
                    m.group(6) == null ? 0 : Integer.parseInt(m.group(6)), m.start(7), m.group(7) == null ? -1 : m.end(7), m.end()));
        }
        assertThat(matched).as("texts the pattern matched").isGreaterThan(CASES / 5);
    }

    @Test
    void scannerFindsWhatTheRegexScannerFound() {
        for (int c = 0; c < CASES / 2; c++) {
            String text = randomText(12);
            assertThat(scanner.scan(text)).as("[%s]", text).isEqualTo(reference.scan(text));
            assertThat(scanner.scanAbsolute(text)).as("[%s]", text).isEqualTo(reference.scanAbsolute(text));
        }
    }

    @Test
    void earliestIsTheFirstEarliestTheRegexScannerFound() {
        LocalDate notAfter = LocalDate.of(2024, 6, 19);
        for (int c = 0; c < CASES / 10; c++) {
            List<String> texts = new ArrayList<>();
            for (int i = random.nextInt(6); i > 0; i--) {
                texts.add(randomText(10));
            }
            DateMention expected = null;
            for (String text : texts) {
                for (DateMention m : reference.scanAbsolute(text)) {
                    if (!m.date().get().isAfter(notAfter) && (expected == null || m.date().get().isBefore(expected.date().get()))) {
                        expected = m;
                    }
                }
            }
            assertThat(scanner.earliestAbsolute(texts, notAfter)).as("%s", texts).isEqualTo(Optional.ofNullable(expected));
        }
    }

    private static Matcher anchored(java.util.regex.Pattern pattern, String text, int start) {
        Matcher m = pattern.matcher(text);
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        m.region(start, Math.min(text.length(), start + 80));
        return m;
    }

    /** A piece of each kind in turn, each left out or of another kind now and then. */
    private String shaped(String[]... kinds) {
        StringBuilder text = new StringBuilder();
        for (String[] kind : kinds) {
            int dice = random.nextInt(10);
            String[] pick = dice == 0 ? WORDS : dice == 1 ? MARKS : dice == 2 ? NUMBERS : kind;
            if (dice != 3) {
                text.append(pick[random.nextInt(pick.length)]);
            }
        }
        return text.toString();
    }

    /** Up to {@code pieces} words, marks and numbers, mostly separated by a space. */
    private String randomText(int pieces) {
        StringBuilder text = new StringBuilder();
        for (int i = random.nextInt(pieces + 1); i >= 0; i--) {
            String[] kind = switch (random.nextInt(3)) {
                case 0 -> WORDS;
                case 1 -> MARKS;
                default -> NUMBERS;
            };
            text.append(kind[random.nextInt(kind.length)]);
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
