package io.newswire.enrich.date;

import static io.newswire.enrich.date.PatternChars.digitsEnd;
import static io.newswire.enrich.date.PatternChars.foldsTo;
import static io.newswire.enrich.date.PatternChars.isAsciiLetterFolded;
import static io.newswire.enrich.date.PatternChars.isAt;
import static io.newswire.enrich.date.PatternChars.isDigitAt;
import static io.newswire.enrich.date.PatternChars.isSpace;
import static io.newswire.enrich.date.PatternChars.isSpaceAt;
import static io.newswire.enrich.date.PatternChars.noLetterAt;
import static io.newswire.enrich.date.PatternChars.number;

/**
 * The time written just after a date (" at 10:05 a.m. ET", ", 14:30 Uhr", " à 10h15", " 9:41 PM (+03:00)"), read by
 * hand: it follows most dates in comment threads, where its regex was the largest cost of the date step. It matches
 * exactly what this pattern, case-insensitive with Unicode case, matches at the start:
 * <pre>
 * \s{0,3}(?:,|at|um|à|a las|a la|alle|às|в|\||-|–|—|·)?\s{0,3}
 * (\d{1,2})[:.h](\d{2})(?::(\d{2}))?
 * (?:\s?(a\.?m\.?|p\.?m\.?|uhr|h)(?![\p{L}]))?
 * (?:\s?\(?([A-Za-z]{1,4}|[+-]\d{2}:?\d{2})\)?(?![\p{L}]))?
 * </pre>
 * The gap before the hour holds no digit, so the hour starts at the first digit; after the minutes every part is
 * optional, so the first way each part matches is the one the pattern keeps.
 */
final class WrittenTime {

    /** The most characters before the hour: spaces, the longest connector ("a las"), spaces. */
    static final int HOUR_REACH = 3 + 5 + 3;
    /** The most characters a time takes: the reach, "12:30:45", " a.m.", " (+03:00)". */
    static final int MAX_LENGTH = HOUR_REACH + 8 + 5 + 9;

    private static final String[] CONNECTORS = {",", "at", "um", "à", "a las", "a la", "alle", "às", "в", "|", "-", "–", "—", "·"};

    /**
     * A time as written.
     *
     * @param meridiem  the first letter of "am", "pm", "Uhr" or "h" in lower case, or 0 when none is written
     * @param zoneStart where the zone's abbreviation or offset starts, or -1 when none is written
     * @param end       where the written time ends
     */
    record Match(int hour, int minute, int second, char meridiem, int zoneStart, int zoneEnd, int end) {
    }

    private WrittenTime() {
    }

    /** The time written from {@code from} on, or null. */
    static Match read(String text, int from) {
        int hourStart = firstDigit(text, from, from + HOUR_REACH + 1);
        if (hourStart < 0 || !isGap(text, from, hourStart)) {
            return null;
        }
        int hourEnd = digitsEnd(text, hourStart, 2);
        char separator = hourEnd < text.length() ? text.charAt(hourEnd) : 0;
        if (!(separator == ':' || separator == '.' || foldsTo(text, hourEnd, 'h')) || digitsEnd(text, hourEnd + 1, 2) != hourEnd + 3) {
            return null;
        }
        int hour = number(text, hourStart, hourEnd);
        int minute = number(text, hourEnd + 1, hourEnd + 3);
        int i = hourEnd + 3;
        int second = 0;
        if (isAt(text, i, ':') && digitsEnd(text, i + 1, 2) == i + 3) {
            second = number(text, i + 1, i + 3);
            i += 3;
        }
        char meridiem = 0;
        int at = isSpaceAt(text, i) ? i + 1 : i;
        int meridiemEnd = meridiemEnd(text, at);
        if (meridiemEnd >= 0) {
            meridiem = Character.toLowerCase(text.charAt(at));
            i = meridiemEnd;
        }
        return zone(text, i, new Match(hour, minute, second, meridiem, -1, -1, i));
    }

    /** The first ASCII digit in {@code [from, to)}, or -1. */
    private static int firstDigit(String text, int from, int to) {
        for (int i = from, stop = Math.min(to, text.length()); i < stop; i++) {
            if (isDigitAt(text, i)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether {@code [from, to)} is up to 3 spaces, maybe a connector, up to 3 spaces. No connector starts with a
     * space, so one that is written starts after all the leading spaces.
     */
    private static boolean isGap(String text, int from, int to) {
        int lead = from;
        while (lead < to && isSpace(text.charAt(lead))) {
            lead++;
        }
        if (lead == to) {
            return to - from <= 6;
        }
        if (lead - from > 3) {
            return false;
        }
        for (String connector : CONNECTORS) {
            if (foldsTo(text, lead, connector) && onlySpaces(text, lead + connector.length(), to)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlySpaces(String text, int from, int to) {
        if (to < from || to - from > 3) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** The end of "am", "a.m.", "pm", "p.m.", "Uhr" or "h" at {@code at} when no letter follows; else -1. */
    private static int meridiemEnd(String text, int at) {
        if (foldsTo(text, at, 'a') || foldsTo(text, at, 'p')) {
            int m = isAt(text, at + 1, '.') ? at + 2 : at + 1;
            if (!foldsTo(text, m, 'm')) {
                return -1;
            }
            int end = m + 1;
            // "a.m." keeps its last dot unless a letter follows the dot: then "a.m" ends before it.
            if (isAt(text, end, '.') && noLetterAt(text, end + 1)) {
                return end + 1;
            }
            return noLetterAt(text, end) ? end : -1;
        }
        int end = foldsTo(text, at, "uhr") ? at + 3 : foldsTo(text, at, 'h') ? at + 1 : -1;
        return end >= 0 && noLetterAt(text, end) ? end : -1;
    }

    /** The time with the zone written from {@code from} on, when there is one: "ET", "(UTC)", "+03:00", "+0300". */
    private static Match zone(String text, int from, Match time) {
        int start = isSpaceAt(text, from) ? from + 1 : from;
        if (isAt(text, start, '(')) {
            start++;
        }
        int end = letterZoneEnd(text, start);
        if (end < 0) {
            end = offsetEnd(text, start);
        }
        if (end < 0) {
            return time;
        }
        // ")" is kept only when no letter follows it; otherwise the zone ends before it.
        boolean closed = isAt(text, end, ')');
        int matchEnd = closed && noLetterAt(text, end + 1) ? end + 1 : end;
        if (!closed && !noLetterAt(text, end)) {
            return time;
        }
        return new Match(time.hour(), time.minute(), time.second(), time.meridiem(), start, end, matchEnd);
    }

    /** The end of 1-4 letters at {@code at} when no fifth follows, else -1: fewer letters would be followed by one. */
    private static int letterZoneEnd(String text, int at) {
        int end = at;
        while (end - at < 4 && end < text.length() && isAsciiLetterFolded(text.charAt(end))) {
            end++;
        }
        if (end == at || end < text.length() && isAsciiLetterFolded(text.charAt(end))) {
            return -1;
        }
        return end;
    }

    /** The end of "+03:00" or "+0300" at {@code at}, else -1. */
    private static int offsetEnd(String text, int at) {
        if (!(isAt(text, at, '+') || isAt(text, at, '-')) || digitsEnd(text, at + 1, 2) != at + 3) {
            return -1;
        }
        int minutes = isAt(text, at + 3, ':') ? at + 4 : at + 3;
        return digitsEnd(text, minutes, 2) == minutes + 2 ? minutes + 2 : -1;
    }
}
