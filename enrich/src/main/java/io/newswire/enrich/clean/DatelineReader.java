package io.newswire.enrich.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the wire-style dateline that may open a body line. The patterns define the styles; each is tried only when
 * the line starts as it must, so that the usual paragraph costs a few character tests instead of several backtracking
 * attempts.
 */
final class DatelineReader {

    static final Pattern DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}[\\p{L}'’.\\-]{1,25}(?:[ /-]\\p{L}[\\p{L}'’.\\-]{1,20}){0,2})"
                    + "(?:,\\s?(?<date>(?:[^.()/\\n—–]|\\.(?=\\s?\\d)){3,32}?))?"
                    + "\\s?(?:\\.?\\s?/\\s?(?<slash>[^/\\n]{2,30}?)\\s?/\\s?\\.?|\\((?<paren>[^()\\n]{2,40})\\)\\s?[.:]?)\\s?(?:-{1,2}|–|—)?\\s?");
    static final Pattern CAPS_DATELINE = Pattern.compile(
            "^(?<place>\\p{Lu}{3,}(?:[ -]\\p{Lu}{2,}){0,2}),\\s?(?<date>(?:[^.()/\\n—–]|\\.(?=\\s?\\d)){3,32}?)\\s?(?:-{1,2}|–|—)\\s?");
    /** Chinese wire style: "新华社平壤6月19日电". */
    static final Pattern CJK_DATELINE = Pattern.compile("^(?<agency>\\p{IsHan}{1,5}社)(?<place>\\p{IsHan}{1,6}?)(?<date>\\d{1,2}月\\d{1,2}日)电");
    /** Korean wire style: "(서울=연합뉴스) 김철수 기자 =". */
    static final Pattern PAREN_DATELINE = Pattern.compile("^\\((?<place>[\\p{L} ]{1,20})=(?<agency>[\\p{L} ]{2,20})\\)");

    /**
     * The most code points before the "/" or "(" that a {@link #DATELINE} match must have: the place (1 + 25 + 2 * 22),
     * the comma, a space and the date (2 + 32), a space, and a dot and a space before the slash (3). A code point takes
     * at most two chars.
     */
    private static final int MAX_CHARS_BEFORE_AGENCY = 2 * (70 + 34 + 3);

    private DatelineReader() {
    }

    /**
     * The dateline the line opens with, if any.
     *
     * @param line  the head of the line
     * @param index the line's index, for the result
     */
    static Optional<Dateline> read(String line, int index) {
        if (mayBeDateline(line)) {
            Matcher m = DATELINE.matcher(line);
            if (m.lookingAt()) {
                String agency = m.group("slash") != null ? m.group("slash") : m.group("paren");
                return Optional.of(new Dateline(index, m.group("place").strip(), strip(m.group("date")), agency.strip(), m.group().strip()));
            }
        }
        if (startsWithHan(line)) {
            Matcher chinese = CJK_DATELINE.matcher(line);
            if (chinese.lookingAt()) {
                return Optional.of(new Dateline(index, chinese.group("place"), chinese.group("date"), chinese.group("agency"), chinese.group()));
            }
        }
        if (startsWithParenthesis(line)) {
            Matcher korean = PAREN_DATELINE.matcher(line);
            if (korean.lookingAt()) {
                return Optional.of(new Dateline(index, korean.group("place").strip(), null, korean.group("agency").strip(), korean.group()));
            }
        }
        if (startsWithUpperCase(line)) {
            Matcher caps = CAPS_DATELINE.matcher(line);
            if (caps.lookingAt()) {
                return Optional.of(new Dateline(index, caps.group("place").strip(), strip(caps.group("date")), null, caps.group().strip()));
            }
        }
        return Optional.empty();
    }

    /** Whether the line opens with a dateline in the place style, the Chinese or the Korean one (not all capitals). */
    static boolean opensWithDateline(String line) {
        return mayBeDateline(line) && DATELINE.matcher(line).lookingAt()
                || startsWithParenthesis(line) && PAREN_DATELINE.matcher(line).lookingAt()
                || startsWithHan(line) && CJK_DATELINE.matcher(line).lookingAt();
    }

    /** What a {@link #DATELINE} match needs: an upper-case letter first and the agency's "/" or "(" soon after. */
    static boolean mayBeDateline(String line) {
        if (!startsWithUpperCase(line)) {
            return false;
        }
        for (int i = 1, end = Math.min(line.length(), MAX_CHARS_BEFORE_AGENCY + 1); i < end; i++) {
            char c = line.charAt(i);
            if (c == '/' || c == '(') {
                return true;
            }
        }
        return false;
    }

    /** The patterns' {@code ^\p{Lu}}. */
    private static boolean startsWithUpperCase(String line) {
        return !line.isEmpty() && Character.getType(line.codePointAt(0)) == Character.UPPERCASE_LETTER;
    }

    /** {@link #CJK_DATELINE}'s {@code ^\p{IsHan}}. */
    private static boolean startsWithHan(String line) {
        return !line.isEmpty() && Character.UnicodeScript.of(line.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static boolean startsWithParenthesis(String line) {
        return !line.isEmpty() && line.charAt(0) == '(';
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
