package io.newswire.enrich.date;

import static io.newswire.enrich.date.PatternChars.isSpace;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written in text: ISO timestamps, RFC 2822, "Thursday, May 31, 2018", "25 April 2019",
 * "13.09.2023", "Sept. 13, 2023 at 10:05 a.m. ET", "13 сентября 2023 г.", "2023년 9월 13일", and year-less
 * forms ("May 31", "13. September") that only a dateline may use.
 *
 * <p>Each form is anchored on digits and bounded (no nested quantifiers), and month words are checked in a
 * table afterwards, so a scan is linear in the text. The forms found on most lines with a date, month-name dates
 * ({@link MonthNameDate}) and the time after a date ({@link WrittenTime}), and the ISO dates every declared date
 * is ({@link IsoDate}) are read by hand; the rarer ones by regex.
 */
public final class DateScanner {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern YMD = Pattern.compile("(?<![\\d.])(\\d{4})([./])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![\\d])");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s?[年년]\\s?(\\d{1,2})\\s?[月월]\\s?(\\d{1,2})\\s?[日일]?");
    private static final Comparator<Found> IN_ORDER = Comparator.comparingInt(Found::start).thenComparingInt(f -> f.start() - f.end());
    private static final char NO_MERIDIEM = 0;
    private static final Pattern WEEKDAY_BEFORE = Pattern.compile("(\\p{L}{3,11})\\.?,?\\s{1,3}$", FLAGS);

    /** All dates in the text, in order, not overlapping; a year-less mention comes only from the name forms. */
    public List<DateMention> scan(CharSequence chars) {
        return mentions(chars, false);
    }

    /** Only mentions that name a full calendar day. */
    public List<DateMention> scanAbsolute(CharSequence chars) {
        return mentions(chars, true);
    }

    /**
     * The earliest full calendar day not after {@code notAfter} written in the texts, the first one written on a tie.
     * Only that date is made a mention: a comment thread writes a date on every comment and needs one.
     */
    public Optional<DateMention> earliestAbsolute(List<String> texts, LocalDate notAfter) {
        int limit = dayKey(notAfter.getYear(), notAfter.getMonthValue(), notAfter.getDayOfMonth());
        Found best = null;
        String bestText = null;
        for (String text : texts) {
            int firstDigit = firstDigit(text);
            if (firstDigit < 0) {
                continue;
            }
            for (Found f : find(text, firstDigit, false)) {
                if (f.isAbsoluteDay() && f.dayKey() <= limit && (best == null || f.dayKey() < best.dayKey())) {
                    best = f;
                    bestText = text;
                }
            }
        }
        return best == null ? Optional.empty() : Optional.of(withTime(bestText, best).mention(bestText));
    }

    private List<DateMention> mentions(CharSequence chars, boolean absoluteOnly) {
        List<DateMention> mentions = new ArrayList<>();
        if (chars == null) {
            return mentions;
        }
        String text = chars.toString();
        int firstDigit = firstDigit(text);
        if (firstDigit < 0) {
            return mentions;
        }
        for (Found f : find(text, firstDigit, true)) {
            if (!absoluteOnly || f.isAbsoluteDay()) {
                mentions.add(f.mention(text));
            }
        }
        return mentions;
    }

    /**
     * The dates in the text, in order and not overlapping, before their weekdays and words are read. Without
     * {@code withTimes}, the time after a date is read only when the next date starts within its reach, where the
     * time would cover it: the dates found are the same either way. (No two forms can start at the same place, so
     * the order does not depend on the times either.) Every form has a digit, so the scan starts at the first one.
     */
    private List<Found> find(String text, int firstDigit, boolean withTimes) {
        List<Found> found = new ArrayList<>();
        scanDigitAnchored(text, firstDigit, found);
        scanCjk(text, found);
        found.sort(IN_ORDER);
        List<Found> result = new ArrayList<>(found.size());
        int covered = -1;
        for (int k = 0; k < found.size(); k++) {
            Found f = found.get(k);
            if (f.start() < covered) {
                continue;
            }
            if (withTimes || k + 1 < found.size() && found.get(k + 1).start() < f.end() + WrittenTime.MAX_LENGTH) {
                f = withTime(text, f);
            }
            result.add(f);
            covered = f.end();
        }
        return result;
    }

    /** The date with the time written after it, if it may have one. */
    private static Found withTime(String text, Found f) {
        WrittenTime.Match t = f.timeMayFollow() ? WrittenTime.read(text, f.end()) : null;
        LocalTime time = t == null ? null : time(t.hour(), t.minute(), t.second(), t.meridiem());
        if (time == null) {
            return f;
        }
        boolean hasZone = t.zoneStart() >= 0;
        ZoneId zone = hasZone ? zone(text.substring(t.zoneStart(), t.zoneEnd())) : null;
        // An unknown abbreviation after the time ("at 9:15 pm by") is not part of the date.
        int stop = zone == null && hasZone ? t.zoneStart() : t.end();
        return new Found(f.year(), f.month(), f.day(), time, zone, f.start(), stop, false);
    }

    /**
     * Every numeric and named form starts at (or, for "May 31", just before) the first digit of a number, so each
     * form is tried only there instead of with {@code find()} at every character: prose has few numbers.
     * Per form, a match starting inside the previous match is skipped, as {@code find()} would.
     */
    private void scanDigitAnchored(String text, int firstDigit, List<Found> out) {
        int isoCoveredTo = 0;
        Anchored ymd = new Anchored(YMD, text);
        Anchored numeric = new Anchored(NUMERIC, text);
        int monthFirstCoveredTo = 0;
        int dayFirstCoveredTo = 0;
        int n = text.length();
        for (int i = firstDigit; i < n; i++) {
            if (!isDigit(text.charAt(i)) || i > 0 && isDigit(text.charAt(i - 1))) {
                continue;
            }
            int run = i;
            while (run < n && isDigit(text.charAt(run))) {
                run++;
            }
            int digits = run - i;
            char next = run < n ? text.charAt(run) : ' ';
            // The character before the number, for the look-behinds of YMD and NUMERIC (a digit it is not).
            char previous = i > 0 ? text.charAt(i - 1) : ' ';
            IsoDate iso = digits == 4 && next == '-' && i >= isoCoveredTo ? IsoDate.read(text, i) : null;
            if (iso != null) {
                isoCoveredTo = iso.end();
                LocalTime time = iso.hour() < 0 ? null : time(iso.hour(), iso.minute(), iso.second(), NO_MERIDIEM);
                ZoneId zone = iso.zoneStart() < 0 ? null : zone(text.substring(iso.zoneStart(), iso.zoneEnd()));
                add(out, text, iso.year(), iso.month(), iso.day(), time, zone, i, iso.end(), false);
            }
            if (digits == 4 && (next == '.' || next == '/') && previous != '.' && ymd.at(i)) {
                Matcher m = ymd.matcher;
                add(out, text, num(m.group(1)), num(m.group(3)), num(m.group(4)), null, null, m.start(), m.end(), true);
            }
            if (digits <= 2) {
                boolean afterSeparator = previous == '.' || previous == '/' || previous == '-';
                if ((next == '.' || next == '/' || next == '-') && !afterSeparator && numeric.at(i)) {
                    addNumeric(out, text, numeric.matcher);
                }
                int wordStart = monthWordBefore(text, i);
                MonthNameDate monthFirst = wordStart >= 0 && wordStart >= monthFirstCoveredTo ? MonthNameDate.monthFirst(text, wordStart) : null;
                if (monthFirst != null) {
                    monthFirstCoveredTo = monthFirst.end();
                    addNamed(out, text, monthFirst, wordStart);
                }
                MonthNameDate dayFirst = i >= dayFirstCoveredTo ? MonthNameDate.dayFirst(text, i) : null;
                if (dayFirst != null) {
                    dayFirstCoveredTo = dayFirst.end();
                    addNamed(out, text, dayFirst, i);
                }
            }
            i = run - 1;
        }
    }

    private void addNamed(List<Found> out, String text, MonthNameDate d, int start) {
        int month = CalendarWords.month(text, d.monthStart(), d.monthEnd());
        if (month > 0) {
            add(out, text, d.year(), month, d.day(), null, null, start, d.end(), true);
        }
    }

    private void addNumeric(List<Found> out, String text, Matcher m) {
        int a = num(m.group(1));
        int b = num(m.group(3));
        boolean slash = m.group(2).equals("/");
        // Dots and dashes are day-first everywhere we read; a slash is month-first unless the first number can't be a month.
        boolean dayFirst = slash ? a > 12 : b <= 12;
        int day = dayFirst ? a : b;
        int month = dayFirst ? b : a;
        add(out, text, num(m.group(4)), month, day, null, null, m.start(), m.end(), true);
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

    /** What the character before {@code $} in {@code WEEKDAY_BEFORE} can be: a space or a line terminator. */
    private static boolean mayEndBeforeDollar(char c) {
        return isSpace(c) || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Whether what ends at {@code start} may be {@code WEEKDAY_BEFORE}'s word, dot, comma and spaces: after the spaces
     * and line terminators, an optional comma and dot, a letter or a character outside ASCII (where the regex's
     * {@code \p{L}} is left to decide). Cheaper than the regex, and never false where it would match.
     */
    private static boolean mayEndInWordBefore(String text, int start) {
        int i = start;
        while (i > 0 && mayEndBeforeDollar(text.charAt(i - 1))) {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) == ',') {
            i--;
        }
        if (i > 0 && text.charAt(i - 1) == '.') {
            i--;
        }
        if (i == 0) {
            return false;
        }
        char c = text.charAt(i - 1);
        return c >= 0x80 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /** "2023年9月13日": needs its CJK year sign, so the text is searched only when it has one. */
    private void scanCjk(String text, List<Found> out) {
        if (text.indexOf('年') < 0 && text.indexOf('년') < 0) {
            return;
        }
        Matcher cjk = CJK.matcher(text);
        while (cjk.find()) {
            add(out, text, num(cjk.group(1)), num(cjk.group(2)), num(cjk.group(3)), null, null, cjk.start(), cjk.end(), true);
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

    private void add(List<Found> out, String text, int year, int month, int day, LocalTime time, ZoneId zone,
                     int start, int end, boolean lookForTime) {
        if (month < 1 || month > 12 || day < 1 || day > 31 || (year != 0 && (year < 1900 || year > 2100))) {
            return;
        }
        if (day > Month.of(month).length(Year.isLeap(year == 0 ? 2000 : year))) {
            return; // 2000 is a leap year, so 29 February passes without a year
        }
        out.add(new Found(year, month, day, time, zone, start, end, lookForTime && time == null));
    }

    /**
     * A date found in a text, before its weekday and words are read, and maybe before the time after it is read
     * ({@code timeMayFollow}): most found dates never need them.
     */
    private record Found(int year, int month, int day, LocalTime time, ZoneId zone, int start, int end, boolean timeMayFollow) {

        boolean isAbsoluteDay() {
            return year > 0; // every found date has a day
        }

        /** Orders days as dates do, without making one. */
        int dayKey() {
            return DateScanner.dayKey(year, month, day);
        }

        DateMention mention(String text) {
            return new DateMention(year, month, day, time, zone, weekdayBefore(text, start), start, end, text.substring(start, end).strip());
        }
    }

    private static int dayKey(int year, int month, int day) {
        return (year * 16 + month) * 32 + day;
    }

    private static DayOfWeek weekdayBefore(String text, int start) {
        if (start == 0 || !mayEndBeforeDollar(text.charAt(start - 1))) {
            return null; // WEEKDAY_BEFORE ends in a space, maybe followed by a final line terminator
        }
        if (!mayEndInWordBefore(text, start)) {
            return null; // most dates follow a number or a mark ("Published: June 3"), not a word
        }
        int from = Math.max(0, start - 16);
        Matcher m = WEEKDAY_BEFORE.matcher(text.subSequence(from, start));
        return m.find() ? CalendarWords.weekday(m.group(1)) : null;
    }

    /** The time of day, or null when it is none; {@code meridiem} is 'a', 'p', another letter or {@link #NO_MERIDIEM}. */
    private static LocalTime time(int hour, int minute, int second, char meridiem) {
        if (meridiem == 'p' && hour < 12) {
            hour += 12;
        } else if (meridiem == 'a' && hour == 12) {
            hour = 0;
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

    /** {@link Character#isDigit(char)}, without its table look-up for ASCII. */
    private static boolean isDigit(char c) {
        return c <= '9' ? c >= '0' : c >= 0x80 && Character.isDigit(c);
    }

    /** Where the first digit of the text is, or -1. */
    private static int firstDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (isDigit(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }
}
