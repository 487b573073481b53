package io.newswire.enrich.date;

import static io.newswire.enrich.date.PatternChars.digitsEnd;
import static io.newswire.enrich.date.PatternChars.foldsTo;
import static io.newswire.enrich.date.PatternChars.isAt;
import static io.newswire.enrich.date.PatternChars.isDigitAt;
import static io.newswire.enrich.date.PatternChars.isSpaceAt;
import static io.newswire.enrich.date.PatternChars.number;

/**
 * An ISO date with its optional time and zone, "2024-06-19", "2024-06-19T03:12:00.5+03:00", read by hand: every
 * declared publication date is one, and its regex was the largest cost of reading them. {@link #read} matches
 * exactly what this pattern, case-insensitive with Unicode case, matches at the start:
 * <pre>{@code
 * (?<![\d])(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:[.,]\d{1,9})?
 * \s?(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?)?(?![\d])
 * }</pre>
 * The pattern's optional parts are tried in its order, each kept only if the rest can follow, as the regex
 * backtracks: "2024-06-19 10:00 +05301" ends after the space, its zone not being followed by a non-digit.
 *
 * @param year      the year
 * @param month     the month as written, 0-99
 * @param day       the day as written, 0-99
 * @param hour      the hour as written, or -1 without a time
 * @param minute    the minute as written
 * @param second    the second as written, 0 when none is
 * @param zoneStart where the zone starts, or -1 without one
 * @param zoneEnd   where it ends
 * @param end       where the date ends
 */
record IsoDate(int year, int month, int day, int hour, int minute, int second, int zoneStart, int zoneEnd, int end) {

    /** The longest fraction of a second: {@code \d{1,9}}. */
    private static final int MAX_FRACTION_DIGITS = 9;

    /** The date at {@code start}, or null. */
    static IsoDate read(String text, int start) {
        if (start > 0 && isDigitAt(text, start - 1)) {
            return null;
        }
        int yearEnd = digitsEnd(text, start, 4);
        if (yearEnd - start != 4 || !isAt(text, yearEnd, '-')) {
            return null;
        }
        int monthEnd = digitsEnd(text, yearEnd + 1, 2);
        if (monthEnd == yearEnd + 1 || !isAt(text, monthEnd, '-')) {
            return null;
        }
        int dayEnd = digitsEnd(text, monthEnd + 1, 2);
        if (dayEnd == monthEnd + 1) {
            return null;
        }
        int year = number(text, start, yearEnd);
        int month = number(text, yearEnd + 1, monthEnd);
        int day = number(text, monthEnd + 1, dayEnd);
        IsoDate withTime = withTime(text, year, month, day, dayEnd);
        if (withTime != null) {
            return withTime;
        }
        return isDigitAt(text, dayEnd) ? null : new IsoDate(year, month, day, -1, 0, 0, -1, -1, dayEnd);
    }

    /** The date with {@code [T ](\d{1,2}):(\d{2})...} after it, when that part matches and no digit follows. */
    private static IsoDate withTime(String text, int year, int month, int day, int from) {
        if (!isAt(text, from, ' ') && !foldsTo(text, from, 't')) {
            return null;
        }
        int hourEnd = digitsEnd(text, from + 1, 2);
        if (hourEnd == from + 1 || !isAt(text, hourEnd, ':')) {
            return null;
        }
        int minuteEnd = digitsEnd(text, hourEnd + 1, 2);
        if (minuteEnd - hourEnd != 3) {
            return null;
        }
        int hour = number(text, from + 1, hourEnd);
        int minute = number(text, hourEnd + 1, minuteEnd);
        boolean hasSeconds = isAt(text, minuteEnd, ':') && digitsEnd(text, minuteEnd + 1, 2) - minuteEnd == 3;
        if (hasSeconds) {
            IsoDate d = afterSeconds(text, year, month, day, hour, minute, number(text, minuteEnd + 1, minuteEnd + 3), minuteEnd + 3);
            if (d != null) {
                return d;
            }
        }
        return afterSeconds(text, year, month, day, hour, minute, 0, minuteEnd);
    }

    /** {@code (?:[.,]\d{1,9})?}: the longest fraction first, then shorter ones, then none. */
    private static IsoDate afterSeconds(String text, int year, int month, int day, int hour, int minute, int second, int from) {
        if (isAt(text, from, '.') || isAt(text, from, ',')) {
            int digitsEnd = digitsEnd(text, from + 1, MAX_FRACTION_DIGITS);
            for (int end = digitsEnd; end > from + 1; end--) {
                IsoDate d = afterFraction(text, year, month, day, hour, minute, second, end);
                if (d != null) {
                    return d;
                }
            }
        }
        return afterFraction(text, year, month, day, hour, minute, second, from);
    }

    /** {@code \s?}: with the space first, then without. */
    private static IsoDate afterFraction(String text, int year, int month, int day, int hour, int minute, int second, int from) {
        if (isSpaceAt(text, from)) {
            IsoDate d = zoneAt(text, year, month, day, hour, minute, second, from + 1);
            if (d != null) {
                return d;
            }
        }
        return zoneAt(text, year, month, day, hour, minute, second, from);
    }

    /** {@code (Z|[+-]\d{2}:?\d{2}|UTC|GMT)?(?![\d])}: the zone if one is written and no digit follows it, else none. */
    private static IsoDate zoneAt(String text, int year, int month, int day, int hour, int minute, int second, int from) {
        int zoneEnd = zoneEnd(text, from);
        if (zoneEnd > from && !isDigitAt(text, zoneEnd)) {
            return new IsoDate(year, month, day, hour, minute, second, from, zoneEnd, zoneEnd);
        }
        return isDigitAt(text, from) ? null : new IsoDate(year, month, day, hour, minute, second, -1, -1, from);
    }

    /** The end of the zone written at {@code from}, or {@code from}; the alternatives start differently, so one at most fits. */
    private static int zoneEnd(String text, int from) {
        if (foldsTo(text, from, 'z')) {
            return from + 1;
        }
        if (foldsTo(text, from, "utc") || foldsTo(text, from, "gmt")) {
            return from + 3;
        }
        if (!isAt(text, from, '+') && !isAt(text, from, '-') || digitsEnd(text, from + 1, 2) - from != 3) {
            return from;
        }
        if (isAt(text, from + 3, ':') && digitsEnd(text, from + 4, 2) - from == 6) {
            return from + 6;
        }
        return digitsEnd(text, from + 3, 2) - from == 5 ? from + 5 : from;
    }
}
