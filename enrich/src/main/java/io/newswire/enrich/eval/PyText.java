package io.newswire.enrich.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The name and domain normalisation of {@code score.py}, with Python's own meaning of {@code \w}, {@code \s},
 * {@code strip()} and float formatting, so that the Java scorer agrees with it to the character.
 */
final class PyText {

    static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("associated press", "ap"), Map.entry("the associated press", "ap"), Map.entry("ap", "ap"),
            Map.entry("ria", "ria novosti"), Map.entry("ria novosti", "ria novosti"), Map.entry("ria news", "ria novosti"),
            Map.entry("tass", "tass"), Map.entry("itar-tass", "tass"), Map.entry("tass news agency", "tass"),
            Map.entry("korean central news agency", "kcna"), Map.entry("kcna", "kcna"),
            Map.entry("yonhap", "yonhap"), Map.entry("yonhap news agency", "yonhap"),
            Map.entry("agence france-presse", "afp"), Map.entry("afp", "afp"), Map.entry("agence france presse", "afp"),
            Map.entry("reuters", "reuters"), Map.entry("thomson reuters", "reuters"),
            Map.entry("xinhua", "xinhua"), Map.entry("xinhua news agency", "xinhua"),
            Map.entry("fox news", "fox news"), Map.entry("fox", "fox news"),
            Map.entry("south china morning post", "scmp"), Map.entry("scmp", "scmp"),
            Map.entry("rt", "rt"), Map.entry("russia today", "rt"),
            Map.entry("twitter", "x"), Map.entry("x", "x"), Map.entry("x (twitter)", "x"),
            Map.entry("epa", "epa"), Map.entry("epa-efe", "epa"), Map.entry("efe", "efe"),
            Map.entry("bbc", "bbc"), Map.entry("bbc news", "bbc"),
            Map.entry("cnn", "cnn"), Map.entry("nyt", "new york times"), Map.entry("the new york times", "new york times"),
            Map.entry("kremlin.ru", "kremlin"), Map.entry("kremlin", "kremlin"), Map.entry("the kremlin", "kremlin"),
            Map.entry("mirror", "mirror"), Map.entry("daily mirror", "mirror"), Map.entry("the mirror", "mirror"));

    private PyText() {
    }

    /** score.py's norm(): lower case, possessives and punctuation dropped, "the " dropped, aliases folded. */
    static String norm(String name) {
        if (name == null || name.isEmpty()) {
            return null;
        }
        String n = strip(dropPossessive(name.toLowerCase(Locale.ROOT)));
        StringBuilder sb = new StringBuilder(n.length());
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            sb.appendCodePoint(isWord(cp) || isSpace(cp) || cp == '-' || cp == '.' ? cp : ' ');
            i += Character.charCount(cp);
        }
        n = strip(collapseSpaces(sb.toString()));
        if (n.startsWith("the ")) {
            n = n.substring(4);
        }
        String without = n.endsWith(" news agency") ? n.substring(0, n.length() - 12)
                : n.endsWith(" agency") ? n.substring(0, n.length() - 7) : n;
        String folded = ALIASES.get(n);
        if (folded != null) {
            return folded;
        }
        return ALIASES.getOrDefault(without, n);
    }

    /** score.py's dom(): lower case, scheme and path dropped, www./m./edition./amp. dropped. */
    static String dom(String d) {
        if (d == null || d.isEmpty()) {
            return null;
        }
        String s = d.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "");
        int slash = s.indexOf('/');
        s = slash < 0 ? s : s.substring(0, slash);
        return s.replaceFirst("^(www\\d?|m|edition|amp)\\.", "");
    }

    /** re.sub(r"[\u2019']s\b", "", s) with Python's \b. */
    private static String dropPossessive(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if ((c == '\u2019' || c == '\'') && i + 1 < s.length() && s.charAt(i + 1) == 's'
                    && (i + 2 >= s.length() || !isWord(s.codePointAt(i + 2)))) {
                i += 2;
                continue;
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    private static String collapseSpaces(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (isSpace(cp)) {
                if (!inSpace) {
                    sb.append(' ');
                }
                inSpace = true;
            } else {
                sb.appendCodePoint(cp);
                inSpace = false;
            }
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    static String strip(String s) {
        int from = 0;
        int to = s.length();
        while (from < to && isSpace(s.charAt(from))) {
            from++;
        }
        while (to > from && isSpace(s.charAt(to - 1))) {
            to--;
        }
        return s.substring(from, to);
    }

    /** Python's \w for str patterns: alphanumeric (str.isalnum) or underscore. */
    static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int t = Character.getType(cp);
        return t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER;
    }

    /** Python's str.isspace / \s. */
    static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** f"{x:.2f}": correctly rounded, ties to even on the exact binary value; "nan" and "inf" as Python prints them. */
    static String f2(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        return new BigDecimal(x).setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** repr() of a float, as far as the scorer's verbose lines need it. */
    static String repr(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        String s = Double.toString(x);
        return s.contains("E") ? new BigDecimal(x).stripTrailingZeros().toString() : s;
    }

    /** repr() of a list of strings (None for null). */
    static String repr(List<String> items) {
        return items.stream().map(PyText::repr).collect(Collectors.joining(", ", "[", "]"));
    }

    static String repr(String s) {
        if (s == null) {
            return "None";
        }
        String quote = s.contains("'") && !s.contains("\"") ? "\"" : "'";
        String body = s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
        if (quote.equals("'")) {
            body = body.replace("'", "\\'");
        }
        return quote + body + quote;
    }

    /** str(x) for a value that may be None. */
    static String str(Object o) {
        return o == null ? "None" : o.toString();
    }
}
