package io.newswire.enrich.date;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;

/**
 * One date written in a text, as far as the text determines it.
 *
 * @param year        the year, or 0 when the text gives none ("May 31")
 * @param month       1..12
 * @param day         1..31, or 0 when only month and year are given
 * @param time        the time of day when given, else null
 * @param zone        the zone or offset when given with the time, else null
 * @param weekday     a weekday written next to the date ("Thursday, May 31"), else null
 * @param start       where the mention starts in the scanned text
 * @param end         where it ends
 * @param text        the words as written
 */
public record DateMention(int year, int month, int day, LocalTime time, ZoneId zone, DayOfWeek weekday,
                                                    int start, int end, String text) {

    public boolean hasYear() {
        return year > 0;
    }

    public boolean hasDay() {
        return day > 0;
    }

    /** A full calendar day: year, month and day. */
    public boolean isAbsoluteDay() {
        return hasYear() && hasDay();
    }

    public Optional<LocalDate> date() {
        if (!isAbsoluteDay()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    public Optional<MonthDay> monthDay() {
        if (!hasDay()) {
            return Optional.empty();
        }
        try {
            return Optional.of(MonthDay.of(month, day));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    public DatePrecision precision() {
        if (!hasDay()) {
            return DatePrecision.MONTH;
        }
        if (time == null) {
            return DatePrecision.DAY;
        }
        return time.getSecond() != 0 || time.getNano() != 0 ? DatePrecision.SECOND : DatePrecision.MINUTE;
    }

    /** ISO date-time with offset, when both a time and a zone are known. */
    public Optional<String> isoDateTime() {
        if (time == null || zone == null) {
            return Optional.empty();
        }
        return date().map(d -> OffsetDateTime.of(d, time, zone.getRules().getOffset(d.atTime(time))).toString());
    }

    /** This mention with the year filled in (for year-less datelines resolved against an anchor). */
    public DateMention withYear(int newYear) {
        return new DateMention(newYear, month, day, time, zone, weekday, start, end, text);
    }
}
