package io.newswire.enrich.date;

import static io.newswire.enrich.date.PatternChars.digitsEnd;
import static io.newswire.enrich.date.PatternChars.foldsTo;
import static io.newswire.enrich.date.PatternChars.isAt;
import static io.newswire.enrich.date.PatternChars.isDigitAt;
import static io.newswire.enrich.date.PatternChars.isSpace;
import static io.newswire.enrich.date.PatternChars.isSpaceAt;
import static io.newswire.enrich.date.PatternChars.lettersEnd;
import static io.newswire.enrich.date.PatternChars.number;

/**
 * Dates with a month word, "September 14, 2023", "Sept. 13", "25th April 2019", "13. September", "4 de junio de
 * 2024", read by hand: they are the most common dates in bylines and comment threads, where their regexes were the
 * largest cost of the date step. Each method matches exactly what its pattern, case-insensitive with Unicode case,
 * matches at the start; the month word is only delimited here, the caller looks it up.
 *
 * @param monthStart where the month word starts
 * @param monthEnd   where it ends (a dot after it is not part of it)
 * @param day        the day as written, 0-99
 * @param year       the year, or 0 when none is written
 * @param end        where the date ends
 */
record MonthNameDate(int monthStart, int monthEnd, int day, int year, int end) {

    private static final String[] DAY_SUFFIXES_AFTER_MONTH = {"st", "nd", "rd", "th"};
    private static final String[] DAY_SUFFIXES_BEFORE_MONTH = {"st", "nd", "rd", "th", "er", "."};

    /**
     * "September 14, 2023" at {@code start}, or null, as
     * {@code (?<![\p{L}])(\p{L}{3,11})\.?\s{1,3}(\d{1,2})(?:st|nd|rd|th)?(?!\d)(?![:.]\d)(?:,?\s{1,3}(\d{4})(?![\d]))?}.
     */
    static MonthNameDate monthFirst(String text, int start) {
        if (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            return null;
        }
        int monthEnd = lettersEnd(text, start, 3, 11);
        if (monthEnd < 0) {
            return null;
        }
        int dayStart = spacesEnd(text, isAt(text, monthEnd, '.') ? monthEnd + 1 : monthEnd);
        int dayEnd = dayStart < 0 ? -1 : digitsEnd(text, dayStart, 2);
        if (dayEnd <= dayStart) {
            return null;
        }
        int end = suffixEnd(text, dayEnd, DAY_SUFFIXES_AFTER_MONTH);
        if (end < 0 || !dayMayEndAt(text, end)) {
            end = dayEnd;
            if (!dayMayEndAt(text, end)) {
                return null;
            }
        }
        return withYear(text, start, monthEnd, number(text, dayStart, dayEnd), end, isAt(text, end, ',') ? end + 1 : end, false);
    }

    /**
     * "25th April 2019" at {@code start}, or null, as {@code (?<![\d\p{L}])(\d{1,2})(?:st|nd|rd|th|er|\.)?\s{1,3}
     * (?:de\s)?(\p{L}{3,11})\.?(?:,?\s{1,3}(?:de\s|del\s)?(\d{4})(?![\d]))?}.
     */
    static MonthNameDate dayFirst(String text, int start) {
        if (start > 0 && (isDigitAt(text, start - 1) || Character.isLetter(text.charAt(start - 1)))) {
            return null;
        }
        int dayEnd = digitsEnd(text, start, 2);
        if (dayEnd == start || !mayFollowDay(text, dayEnd)) {
            return null;
        }
        int suffixEnd = suffixEnd(text, dayEnd, DAY_SUFFIXES_BEFORE_MONTH);
        int wordStart = spacesEnd(text, suffixEnd < 0 ? dayEnd : suffixEnd);
        if (wordStart < 0) {
            return null;
        }
        int monthStart = wordStart;
        int monthEnd = -1;
        if (foldsTo(text, wordStart, "de") && isSpaceAt(text, wordStart + 2)) {
            monthStart = wordStart + 3;
            monthEnd = lettersEnd(text, monthStart, 3, 11);
        }
        if (monthEnd < 0) {
            monthStart = wordStart;
            monthEnd = lettersEnd(text, monthStart, 3, 11);
        }
        if (monthEnd < 0) {
            return null;
        }
        int end = isAt(text, monthEnd, '.') ? monthEnd + 1 : monthEnd;
        return withYear(text, monthStart, monthEnd, number(text, start, dayEnd), end, isAt(text, end, ',') ? end + 1 : end, true);
    }

    /**
     * The date with the year of {@code (?:,?\s{1,3}(?:de\s|del\s)?(\d{4})(?![\d]))?} when it follows (the comma, if
     * any, already passed at {@code afterComma}); "de"/"del" only when {@code spanish}.
     */
    private static MonthNameDate withYear(String text, int monthStart, int monthEnd, int day, int end, int afterComma, boolean spanish) {
        int yearStart = spacesEnd(text, afterComma);
        if (yearStart >= 0 && spanish) {
            if (foldsTo(text, yearStart, "de") && isSpaceAt(text, yearStart + 2)) {
                yearStart += 3;
            } else if (foldsTo(text, yearStart, "del") && isSpaceAt(text, yearStart + 3)) {
                yearStart += 4;
            }
        }
        if (yearStart >= 0 && digitsEnd(text, yearStart, 4) == yearStart + 4 && !isDigitAt(text, yearStart + 4)) {
            return new MonthNameDate(monthStart, monthEnd, day, number(text, yearStart, yearStart + 4), yearStart + 4);
        }
        return new MonthNameDate(monthStart, monthEnd, day, 0, end);
    }

    /** The end of 1-3 spaces at {@code from} ({@code \s{1,3}} before something that is not a space), else -1. */
    private static int spacesEnd(String text, int from) {
        int end = from;
        while (end - from < 3 && isSpaceAt(text, end)) {
            end++;
        }
        return end == from || isSpaceAt(text, end) ? -1 : end;
    }

    /** The end of the first suffix written at {@code at}, or -1. */
    private static int suffixEnd(String text, int at, String[] suffixes) {
        if (at >= text.length() || isSpace(text.charAt(at))) {
            return -1; // the common case: no suffix starts with a space
        }
        for (String suffix : suffixes) {
            if (foldsTo(text, at, suffix)) {
                return at + suffix.length();
            }
        }
        return -1;
    }

    /** What can follow the day in "25 April", "25th April", "25. April": a space, a letter or a dot; the common "25," is not. */
    private static boolean mayFollowDay(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return isSpace(c) || c == '.' || Character.isLetter(c);
    }

    /** {@code (?!\d)(?![:.]\d)}: the day is not followed by more digits or by a time or decimal ("14:30", "1.5"). */
    private static boolean dayMayEndAt(String text, int at) {
        return !isDigitAt(text, at) && !((isAt(text, at, ':') || isAt(text, at, '.')) && isDigitAt(text, at + 1));
    }
}
