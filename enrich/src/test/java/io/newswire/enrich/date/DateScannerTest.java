package io.newswire.enrich.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateScannerTest {

    private final DateScanner scanner = new DateScanner();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Thursday, May 31, 2018|2018-05-31",
            "May 1, 2019 at 5:06 pm|2019-05-01",
            "2019-04-25|2019-04-25",
            "25 April 2019|2019-04-25",
            "13.09.2023|2023-09-13",
            "Sept. 13, 2023 at 10:05 a.m. ET|2023-09-13",
            "2024-06-19T03:12:00Z|2024-06-19",
            "Thu, 31 May 2018 10:12:00 +0300|2018-05-31",
            "13. September 2023, 14:30 Uhr|2023-09-13",
            "Publié le 5 mars 2024 à 10h15|2024-03-05",
            "Martes, 4 de junio de 2024|2024-06-04",
            "19 июня 2024 года|2024-06-19",
            "2024년 6월 19일|2024-06-19",
            "2024年06月19日 08:30|2024-06-19",
            "2024.06.26 09:12|2024-06-26",
            "06/18/2024 9:41 PM|2024-06-18",
            "18/06/2024|2024-06-18",
            "25th April 2019|2019-04-25",
    })
    void readsFormats(String text, String expected) {
        List<DateMention> found = scanner.scanAbsolute(text);
        assertThat(found).as(text).isNotEmpty();
        assertThat(found.get(0).date()).contains(LocalDate.parse(expected));
    }

    @Test
    void keepsTimeAndZoneOfUsEasternTime() {
        DateMention m = scanner.scanAbsolute("Sept. 13, 2023 at 10:05 a.m. ET").get(0);
        assertThat(m.time()).isEqualTo(LocalTime.of(10, 5));
        assertThat(m.isoDateTime()).contains("2023-09-13T10:05-04:00");
        assertThat(m.precision()).isEqualTo(DatePrecision.MINUTE);
    }

    @Test
    void pmTimesAreAfternoon() {
        assertThat(scanner.scanAbsolute("May 1, 2019 at 5:06 pm").get(0).time()).isEqualTo(LocalTime.of(17, 6));
    }

    @Test
    void yearlessDatesAreFoundButNotAbsolute() {
        List<DateMention> found = scanner.scan("PYONGYANG, May 31. /TASS/.");
        assertThat(found).hasSize(1);
        assertThat(found.get(0).hasYear()).isFalse();
        assertThat(found.get(0).monthDay()).map(Object::toString).contains("--05-31");
        assertThat(scanner.scanAbsolute("PYONGYANG, May 31. /TASS/.")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Thu., May 31|THURSDAY", "Thursday.\tMay 31|THURSDAY", "On Friday   May 31|FRIDAY",
            "Published: May 31|", "Friday, at May 31|", "Friday,    May 31|", "понедельник, 31 мая 2024|MONDAY"})
    void weekdayOnlyRightBeforeTheDate(String text, java.time.DayOfWeek expected) {
        assertThat(scanner.scan(text).get(0).weekday()).as(text).isEqualTo(expected);
    }

    @Test
    void weekdayWrittenBeforeTheDateIsKept() {
        assertThat(scanner.scan("Thursday, May 31").get(0).weekday()).isEqualTo(java.time.DayOfWeek.THURSDAY);
    }

    @Test
    void impossibleDatesAndYearsAloneAreNotDates() {
        assertThat(scanner.scanAbsolute("February 30, 2023")).isEmpty();
        assertThat(scanner.scanAbsolute("In 2019 he visited Vladivostok; 300 may come")).isEmpty();
        assertThat(scanner.scanAbsolute("a 3-2 win, 45 minutes")).isEmpty();
    }

    @Test
    void mentionsAreInOrderAndDoNotOverlap() {
        List<DateMention> found = scanner.scanAbsolute("Published 2024-03-05, updated March 6, 2024 at 10:00");
        assertThat(found).extracting(m -> m.date().get().toString()).containsExactly("2024-03-05", "2024-03-06");
    }

    @Test
    void aTimeCoversADateItOverlaps() {
        String text = "May 3, 2024 at 10.05.2023";
        assertThat(scanner.scanAbsolute(text)).extracting(DateMention::text).containsExactly("May 3, 2024 at 10.05");
        assertThat(scanner.earliestAbsolute(List.of("June 1, 2024", text), LocalDate.of(2024, 6, 19)))
                .map(DateMention::text).contains("May 3, 2024 at 10.05");
    }

    @Test
    void earliestIsTheFirstOfTheEarliestDaysNotAfterTheLimit() {
        List<String> comments = List.of("anna June 14, 2024 at 8:02 am", "tom June 13, 2024 at 9:15 pm (ET)",
                "no date here", "lena June 13, 2024 at 1:00 pm", "max June 20, 2024");
        assertThat(scanner.earliestAbsolute(comments, LocalDate.of(2024, 6, 19)))
                .map(DateMention::text).contains("June 13, 2024 at 9:15 pm (ET)");
        assertThat(scanner.earliestAbsolute(comments, LocalDate.of(2024, 6, 12))).isEmpty();
    }

    @Test
    void hugeInputIsLinear() {
        String line = "x ".repeat(2_000_000) + "May 31, 2018";
        long t = System.nanoTime();
        assertThat(scanner.scanAbsolute(line)).hasSize(1);
        assertThat((System.nanoTime() - t) / 1_000_000).isLessThan(5_000);
    }
}
