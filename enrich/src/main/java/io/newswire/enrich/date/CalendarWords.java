package io.newswire.enrich.date;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Month and weekday names in the languages newswire reads (en, de, fr, es, it, pt, ru, uk), and the time-zone
 * abbreviations news sites print. A lookup table instead of one large regex alternation keeps the scanner fast.
 */
final class CalendarWords {

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, DayOfWeek> WEEKDAYS = new HashMap<>();
    private static final Map<String, ZoneId> ZONES = new HashMap<>();
    /** The ASCII month names by the low bits of their hash: most words before a number are not one. */
    private static final MonthName[][] ASCII_MONTHS = new MonthName[1024][];

    static {
        months(1, "january jan jänner januar janvier janv enero ene gennaio janeiro января январь январе січня");
        months(2, "february feb febr februar février fevrier févr fevr fév febrero febbraio fevereiro февраля февраль лютого");
        months(3, "march mar märz maerz mär mars marzo março марта март березня");
        months(4, "april apr avril avr abril abr aprile апреля апрель квітня");
        months(5, "may mai mayo maggio maio мая май травня");
        months(6, "june jun juni juin junio giugno junho июня июнь червня");
        months(7, "july jul juli juillet juil julio luglio julho июля июль липня");
        months(8, "august aug août aout agosto ago августа август серпня");
        months(9, "september sep sept septembre septiembre setiembre settembre setembro сентября сентябрь вересня");
        months(10, "october oct oktober okt octobre octubre ottobre outubro октября октябрь жовтня");
        months(11, "november nov novembre noviembre novembro ноября ноябрь листопада");
        months(12, "december dec dezember dez décembre decembre déc diciembre dic dicembre dezembro декабря декабрь грудня");

        weekdays(DayOfWeek.MONDAY, "monday mon montag lundi lunes lunedì segunda понедельник");
        weekdays(DayOfWeek.TUESDAY, "tuesday tue tues dienstag mardi martes martedì terça вторник");
        weekdays(DayOfWeek.WEDNESDAY, "wednesday wed mittwoch mercredi miércoles miercoles mercoledì quarta среда среду");
        weekdays(DayOfWeek.THURSDAY, "thursday thu thur thurs donnerstag jeudi jueves giovedì quinta четверг");
        weekdays(DayOfWeek.FRIDAY, "friday fri freitag vendredi viernes venerdì sexta пятница пятницу");
        weekdays(DayOfWeek.SATURDAY, "saturday sat samstag sonnabend samedi sábado sabado sabato суббота субботу");
        weekdays(DayOfWeek.SUNDAY, "sunday sun sonntag dimanche domingo domenica воскресенье");

        zones("America/New_York", "et est edt");
        zones("America/Chicago", "ct cst cdt");
        zones("America/Denver", "mt mst mdt");
        zones("America/Los_Angeles", "pt pst pdt");
        zones("Europe/London", "bst");
        zones("Europe/Berlin", "cet cest mez mesz");
        zones("Europe/Moscow", "msk мск");
        zones("Asia/Seoul", "kst");
        zones("Asia/Tokyo", "jst");
        zones("Asia/Hong_Kong", "hkt");
        zones("Australia/Sydney", "aest aedt");
        ZONES.put("utc", ZoneOffset.UTC);
        ZONES.put("gmt", ZoneOffset.UTC);
        ZONES.put("z", ZoneOffset.UTC);
    }

    private CalendarWords() {
    }

    private record MonthName(String name, int month) {
    }

    private static void months(int month, String names) {
        for (String n : names.split(" ")) {
            MONTHS.put(n, month);
            if (n.chars().allMatch(c -> c < 0x80)) {
                int bucket = n.hashCode() & (ASCII_MONTHS.length - 1);
                MonthName[] same = ASCII_MONTHS[bucket] == null ? new MonthName[0] : ASCII_MONTHS[bucket];
                ASCII_MONTHS[bucket] = Arrays.copyOf(same, same.length + 1);
                ASCII_MONTHS[bucket][same.length] = new MonthName(n, month);
            }
        }
    }

    private static void weekdays(DayOfWeek day, String names) {
        for (String n : names.split(" ")) {
            WEEKDAYS.put(n, day);
        }
    }

    private static void zones(String id, String names) {
        for (String n : names.split(" ")) {
            ZONES.put(n, ZoneId.of(id));
        }
    }

    private static String key(CharSequence word) {
        String w = word.toString().toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** 1..12, or 0 when the word is not a month name. */
    static int month(CharSequence word) {
        return MONTHS.getOrDefault(key(word), 0);
    }

    /**
     * The month named by {@code text[from, to)}, a word without a final dot, as {@link #month(CharSequence)} gives it;
     * for an ASCII word without making a string: it runs on every word before a number.
     */
    static int month(String text, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return month(text.subSequence(from, to));
            }
            h = 31 * h + lowerAscii(c);
        }
        MonthName[] names = ASCII_MONTHS[h & (ASCII_MONTHS.length - 1)];
        for (int k = 0; names != null && k < names.length; k++) {
            if (isLowerCaseOf(names[k].name(), text, from, to)) {
                return names[k].month();
            }
        }
        return 0;
    }

    /** Whether {@code name} is the ASCII word {@code text[from, to)} in lower case. */
    private static boolean isLowerCaseOf(String name, String text, int from, int to) {
        if (name.length() != to - from) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (lowerAscii(text.charAt(i)) != name.charAt(i - from)) {
                return false;
            }
        }
        return true;
    }

    private static char lowerAscii(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    static DayOfWeek weekday(CharSequence word) {
        return WEEKDAYS.get(key(word));
    }

    static ZoneId zone(CharSequence abbreviation) {
        return ZONES.get(key(abbreviation));
    }
}
