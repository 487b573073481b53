package io.newswire.enrich.date;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date scanner as it was before its common forms were read by hand: all forms by regex. Differential tests
 * hold the scanner to exactly its results.
 *
 * <p>Former documentation:
 * Finds dates written in text: ISO timestamps, RFC 2822, "Thursday, May 31, 2018", "25 April 2019",
 * "13.09.2023", "Sept. 13, 2023 at 10:05 a.m. ET", "13 сентября 2023 г.", "2023년 9월 13일", and year-less
 * forms ("May 31", "13. September") that only a dateline may use.
 *
 * <p>Each pattern is anchored on digits and bounded (no nested quantifiers), and month words are checked in a
 * table afterwards, so a scan is linear in the text.
 */
final class ReferenceDateScanner {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    static final Pattern ISO = Pattern.compile(
            "(?<![\\d])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[.,]\\d{1,9})?"
                    + "\\s?(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT)?)?(?![\\d])", FLAGS);
    private static final Pattern YMD = Pattern.compile("(?<![\\d.])(\\d{4})([./])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![\\d])");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일]?");
    static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])(\\p{L}{3,11})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?![:.]\\d)(?:,?\\s{1,3}(\\d{4})(?![\\d]))?", FLAGS);
    static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s{1,3}(?:de\\s)?(\\p{L}{3,11})\\.?"
                    + "(?:,?\\s{1,3}(?:de\\s|del\\s)?(\\d{4})(?![\\d]))?", FLAGS);
    static final Pattern TIME = Pattern.compile(
            "(?:\\s{0,3}(?:,|at|um|à|a las|a la|alle|às|в|\\||-|–|—|·)?\\s{0,3})(\\d{1,2})[:.h](\\d{2})(?::(\\d{2}))?"
                    + "(?:\\s?(a\\.?m\\.?|p\\.?m\\.?|uhr|h)(?![\\p{L}]))?(?:\\s?\\(?([A-Za-z]{1,4}|[+-]\\d{2}:?\\d{2})\\)?(?![\\p{L}]))?",
            FLAGS);
    /** The most characters {@code TIME} reads before its first digit: spaces, a connector ("a las"), spaces. */
    private static final int TIME_DIGIT_REACH = 3 + 5 + 3;
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(\\p{L}{3,11})\\.?,?\\s{1,3}$", FLAGS);

    /** All dates in the text, in order, not overlapping; a year-less mention comes only from the name forms. */
    public List<DateMention> scan(CharSequence chars) {
        List<DateMention> found = new ArrayList<>();
        if (chars == null || chars.isEmpty() || !hasDigit(chars)) {
            return found;
        }
        String text = chars.toString();
        scanDigitAnchored(text, found);
        scanCjk(text, found);
        found.sort(Comparator.comparingInt(DateMention::start).thenComparing(m -> -(m.end() - m.start())));
        List<DateMention> result = new ArrayList<>(found.size());
        int covered = -1;
        for (DateMention m : found) {
            if (m.start() >= covered) {
                result.add(m);
                covered = m.end();
            }
        }
        return result;
    }

    /** Only mentions that name a full calendar day. */
    public List<DateMention> scanAbsolute(CharSequence text) {
        return scan(text).stream().filter(DateMention::isAbsoluteDay).toList();
    }

    /**
     * Every numeric and named form starts at (or, for "May 31", just before) the first digit of a number, so each
     * pattern is tried only there instead of with {@code find()} at every character: prose has few numbers.
     * Per pattern, a match starting inside the previous match is skipped, as {@code find()} would.
     */
    private void scanDigitAnchored(String text, List<DateMention> out) {
        Anchored iso = new Anchored(ISO, text);
        Anchored ymd = new Anchored(YMD, text);
        Anchored numeric = new Anchored(NUMERIC, text);
        Anchored mdy = new Anchored(MONTH_DAY_YEAR, text);
        Anchored dmy = new Anchored(DAY_MONTH_YEAR, text);
        int n = text.length();
        for (int i = 0; i < n; i++) {
            if (!Character.isDigit(text.charAt(i)) || i > 0 && Character.isDigit(text.charAt(i - 1))) {
                continue;
            }
            int run = i;
            while (run < n && Character.isDigit(text.charAt(run))) {
                run++;
            }
            int digits = run - i;
            char next = run < n ? text.charAt(run) : ' ';
            if (digits == 4 && next == '-' && iso.at(i)) {
                Matcher m = iso.matcher;
                LocalTime time = m.group(4) == null ? null : time(m.group(4), m.group(5), m.group(6), null);
                ZoneId zone = m.group(7) == null ? null : zone(m.group(7));
                add(out, text, int4(m.group(1)), num(m.group(2)), num(m.group(3)), time, zone, m.start(), m.end(), false);
            }
            if (digits == 4 && (next == '.' || next == '/') && ymd.at(i)) {
                Matcher m = ymd.matcher;
                add(out, text, int4(m.group(1)), num(m.group(3)), num(m.group(4)), null, null, m.start(), m.end(), true);
            }
            if (digits <= 2) {
                if ((next == '.' || next == '/' || next == '-') && numeric.at(i)) {
                    addNumeric(out, text, numeric.matcher);
                }
                int wordStart = monthWordBefore(text, i);
                if (wordStart >= 0 && mdy.at(wordStart)) {
                    Matcher m = mdy.matcher;
                    int year = m.group(3) == null ? 0 : int4(m.group(3));
                    add(out, text, year, CalendarWords.month(text, m.start(1), m.end(1)), num(m.group(2)), null, null, m.start(), m.end(), true);
                }
                if (mayStartDayMonth(text, run) && dmy.at(i)) {
                    Matcher m = dmy.matcher;
                    int month = CalendarWords.month(text, m.start(2), m.end(2));
                    if (month > 0) {
                        int year = m.group(3) == null ? 0 : int4(m.group(3));
                        add(out, text, year, month, num(m.group(1)), null, null, m.start(), m.end(), true);
                    }
                }
            }
            i = run - 1;
        }
    }

    private void addNumeric(List<DateMention> out, String text, Matcher m) {
        int a = num(m.group(1));
        int b = num(m.group(3));
        boolean slash = m.group(2).equals("/");
        // Dots and dashes are day-first everywhere we read; a slash is month-first unless the first number can't be a month.
        boolean dayFirst = slash ? a > 12 : b <= 12;
        int day = dayFirst ? a : b;
        int month = dayFirst ? b : a;
        add(out, text, int4(m.group(4)), month, day, null, null, m.start(), m.end(), true);
    }

    /** Where a month word ends just before the number at {@code digit} ("May 31", "Sept. 13") starts; else -1. */
    private static int monthWordBefore(String text, int digit) {
        int wordEnd = digit;
        while (wordEnd > 0 && wordEnd > digit - 3 && Character.isWhitespace(text.charAt(wordEnd - 1))) {
            wordEnd--;
        }
        if (wordEnd == digit) {
            return -1;
        }
        if (wordEnd > 0 && text.charAt(wordEnd - 1) == '.') {
            wordEnd--;
        }
        int wordStart = wordEnd;
        while (wordStart > 0 && wordEnd - wordStart < 12 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordEnd - wordStart < 3 || CalendarWords.month(text, wordStart, wordEnd) == 0) {
            return -1;
        }
        return wordStart;
    }

    /**
     * What {@code DAY_MONTH_YEAR} needs after the day's digits (ending at {@code end}): a space, maybe after an ordinal
     * ending or a dot ("13 September", "1st May", "13. September"). Letters compare as its case-insensitive match does.
     */
    private static boolean mayStartDayMonth(String text, int end) {
        int n = text.length();
        if (end < n && isSpace(text.charAt(end)) || end + 1 < n && text.charAt(end) == '.' && isSpace(text.charAt(end + 1))) {
            return true;
        }
        return end + 2 < n && Character.isLetter(text.charAt(end)) && Character.isLetter(text.charAt(end + 1)) && isSpace(text.charAt(end + 2));
    }

    /** What the character before {@code $} in {@code WEEKDAY_BEFORE} can be: a space or a line terminator. */
    private static boolean mayEndBeforeDollar(char c) {
        return isSpace(c) || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code \d} without the Unicode flag, somewhere in {@code [from, to)}. */
    private static boolean hasAsciiDigit(String text, int from, int to) {
        for (int i = from, stop = Math.min(to, text.length()); i < stop; i++) {
            if (text.charAt(i) >= '0' && text.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    /** {@code \s} without the Unicode flag. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** "2023年9月13日": needs its CJK year sign, so the text is searched only when it has one. */
    private void scanCjk(String text, List<DateMention> out) {
        if (text.indexOf('年') < 0 && text.indexOf('년') < 0) {
            return;
        }
        Matcher cjk = CJK.matcher(text);
        while (cjk.find()) {
            add(out, text, int4(cjk.group(1)), num(cjk.group(2)), num(cjk.group(3)), null, null, cjk.start(), cjk.end(), true);
        }
    }

    /** A pattern tried at chosen positions, seeing the whole text for its look-arounds; its matcher made on first use. */
    private static final class Anchored {
        /** Longer than any date form the patterns accept. */
        private static final int WINDOW = 80;

        private final Pattern pattern;
        private final String text;
        Matcher matcher;
        private int coveredTo;

        Anchored(Pattern pattern, String text) {
            this.pattern = pattern;
            this.text = text;
        }

        boolean at(int start) {
            if (start < coveredTo) {
                return false;
            }
            if (matcher == null) {
                matcher = pattern.matcher(text);
                matcher.useTransparentBounds(true);
                matcher.useAnchoringBounds(false);
            }
            matcher.region(start, Math.min(text.length(), start + WINDOW));
            if (matcher.lookingAt()) {
                coveredTo = matcher.end();
                return true;
            }
            return false;
        }
    }

    private void add(List<DateMention> out, String text, int year, int month, int day, LocalTime time, ZoneId zone,
                                      int start, int end, boolean lookForTime) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || (year != 0 && (year < 1900 || year > 2100))) {
            return;
        }
        try {
            LocalDate.of(year == 0 ? 2000 : year, month, day); // 2000 is a leap year, so 29 February passes
        } catch (DateTimeException e) {
            return;
        }
        int stop = end;
        if (lookForTime && time == null && hasAsciiDigit(text, end, end + TIME_DIGIT_REACH + 1)) {
            Matcher t = TIME.matcher(text);
            t.region(end, Math.min(text.length(), end + 40));
            if (t.lookingAt()) {
                LocalTime parsed = time(t.group(1), t.group(2), t.group(3), t.group(4));
                if (parsed != null) {
                    time = parsed;
                    ZoneId z = t.group(5) == null ? null : zone(t.group(5));
                    zone = z;
                    stop = z == null && t.group(5) != null ? t.start(5) : t.end();
                }
            }
        }
        DayOfWeek weekday = weekdayBefore(text, start);
        String written = text.subSequence(start, stop).toString().strip();
        out.add(new DateMention(year, month, day, time, zone, weekday, start, stop, written));
    }

    private static DayOfWeek weekdayBefore(String text, int start) {
        if (start == 0 || !mayEndBeforeDollar(text.charAt(start - 1))) {
            return null; // WEEKDAY_BEFORE ends in a space, maybe followed by a final line terminator
        }
        int from = Math.max(0, start - 16);
        Matcher m = WEEKDAY_BEFORE.matcher(text.subSequence(from, start));
        return m.find() ? CalendarWords.weekday(m.group(1)) : null;
    }

    private static LocalTime time(String h, String min, String sec, String ampm) {
        int hour = num(h);
        int minute = num(min);
        int second = sec == null ? 0 : num(sec);
        if (ampm != null) {
            char c = Character.toLowerCase(ampm.charAt(0));
            if (c == 'p' && hour < 12) {
                hour += 12;
            } else if (c == 'a' && hour == 12) {
                hour = 0;
            }
        }
        if (hour > 23 || minute > 59 || second > 59) {
            return null;
        }
        return LocalTime.of(hour, minute, second);
    }

    private static ZoneId zone(String token) {
        if (token.startsWith("+") || token.startsWith("-")) {
            String t = token.replace(":", "");
            try {
                return ZoneOffset.ofHoursMinutes(Integer.parseInt(t.substring(0, 3)), Integer.parseInt(t.charAt(0) + t.substring(3, 5)));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return CalendarWords.zone(token);
    }

    private static boolean hasDigit(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static int int4(String s) {
        return Integer.parseInt(s);
    }
}
