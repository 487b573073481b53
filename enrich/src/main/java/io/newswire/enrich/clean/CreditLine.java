package io.newswire.enrich.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photo credit: "Photo: EPA-EFE", "Image by Kremlin.ru", "(Photo/Reuters)", "REUTERS/Sputnik", "(Getty Images)". The
 * patterns define it. Each is only tried when the line has what it needs: the credit patterns a credit word, the one
 * searched through the line ({@link #CREDIT}) only where a match can start, the agency pattern a line ending as it
 * must.
 */
final class CreditLine {

    /** A credit needs its separator: "Photo: EPA-EFE", "Image by Kremlin.ru", "(Photo/Reuters)"; "(PHOTO, VIDEO)" is not one. */
    static final Pattern CREDIT = Pattern.compile(
            "(?:^|[\\s(\\[|.])(?:photo|image|picture|foto|фото|credit|photograph|illustration|pic|bild)s?\\s?"
                    + "(?:(?:by|credit|courtesy of|source)\\s?:?|[:/©])\\s?[^.!?\\s][^.!?]{0,60}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern CREDIT_START = Pattern.compile(
            "^[(\\[]?(?:photo|image|picture|foto|фото|credit|photograph|illustration|bild)s?\\s?(?:(?:by|credit|courtesy of)\\s?:?|[:/©])\\s?\\S.{0,80}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    static final Pattern AGENCY_PHOTOGRAPHER = Pattern.compile("\\b(?:[A-Z]{2,}|Getty Images|AP Photo|AFP Photo)/[\\p{L} .-]{2,40}\\)?$");
    static final Pattern GETTY = Pattern.compile("(?i)\\b(getty images|shutterstock|via getty|/getty)\\)?$");

    /**
     * The most code points a {@link #CREDIT} match spans: the character before the word (1), "illustration" (12), "s"
     * (1), a space (1), "courtesy of" with a space and a colon (13), a space (1), the tail (1 + 60), and the line
     * terminator {@code $} may stand before (2, "\r\n"). A code point takes at most two chars.
     */
    private static final int MAX_CREDIT_CHARS = 2 * (1 + 12 + 1 + 1 + 13 + 1 + 1 + 60 + 2);
    /** The most chars after the slash of an {@link #AGENCY_PHOTOGRAPHER} match: 40 letters of two chars, ")", "\r\n". */
    private static final int MAX_PHOTOGRAPHER_CHARS = 2 * 40 + 1 + 2;

    /**
     * The characters other than a credit word's letters in either case that the patterns, ignoring case the Unicode way,
     * take for one of them: "İ" (which lower-cases to two chars), "ı", "ſ", and old Cyrillic "ᲂ", "ᲄ", "ᲅ". Lower-casing
     * the line does not turn them into the letter, so a credit word written with them is not among the markers.
     */
    private static final String UNUSUAL_CASE_LETTERS = "\u0130\u0131\u017F\u1C82\u1C84\u1C85";

    private CreditLine() {
    }

    /**
     * Whether the line reads as a credit.
     *
     * @param creditWord whether the line in lower case ({@code toLowerCase(Locale.ROOT)}) has a credit word: "photo",
     *                   "image", "foto", "фото", "credit", "illustration", "pic" or "bild"
     * @param slash      whether the line has a "/"
     * @param stock      whether it names Getty or Shutterstock (in any case)
     */
    static boolean matches(String line, boolean creditWord, boolean slash, boolean stock) {
        return (creditWord || hasUnusualCaseLetter(line)) && (CREDIT_START.matcher(line).matches() || creditAtEnd(line))
                || slash && mayEndWithPhotographer(line) && AGENCY_PHOTOGRAPHER.matcher(line).find()
                || stock && GETTY.matcher(line).find();
    }

    /** {@code CREDIT.matcher(line).find()}, searched only from where a match can start ({@link #creditSearchStart}). */
    static boolean creditAtEnd(String line) {
        Matcher m = CREDIT.matcher(line);
        // Transparent, non-anchoring bounds: "^" and the character before the word see the whole line.
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        m.region(creditSearchStart(line), line.length());
        return m.find();
    }

    /**
     * No part of a {@link #CREDIT} match but the character before the word can be ".", "!" or "?", and a match ends
     * the line: it starts at the last of these or after it, and no earlier than its greatest length allows.
     */
    static int creditSearchStart(String line) {
        int earliest = Math.max(0, line.length() - MAX_CREDIT_CHARS);
        for (int i = line.length() - 1; i > earliest; i--) {
            char c = line.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return i;
            }
        }
        return earliest;
    }

    /**
     * Without a credit word in the lower-cased line, the credit patterns can only match one written with a letter from
     * {@link #UNUSUAL_CASE_LETTERS}.
     */
    static boolean hasUnusualCaseLetter(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 0x80 && UNUSUAL_CASE_LETTERS.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * What an {@link #AGENCY_PHOTOGRAPHER} match needs: its slash is the line's last (none can follow it), at most
     * {@link #MAX_PHOTOGRAPHER_CHARS} from the end, after an upper-case letter or the "s" of "Getty Images" or the "o" of
     * "Photo".
     */
    static boolean mayEndWithPhotographer(String line) {
        int slash = line.lastIndexOf('/');
        if (slash < 1 || line.length() - slash - 1 > MAX_PHOTOGRAPHER_CHARS) {
            return false;
        }
        char before = line.charAt(slash - 1);
        return before >= 'A' && before <= 'Z' || before == 's' || before == 'o';
    }
}
