package io.newswire.enrich.clean;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The literal texts every match of a regular expression starts with, worked out from its source for the simple
 * forms cues are written in: literals, escaped literals, groups with alternatives, {@code ?} and other quantifiers,
 * {@code \d} and {@code \s} (as one of their characters), and the zero-width {@code ^}, {@code $}, {@code \b}. A
 * class, {@code .}, {@code \p{..}} and the like end a prefix ("tags?[:;]" gives "tag"). When a match may start with
 * anything (it may be empty, or begin with a class) or the form is not understood (look-arounds, flags,
 * back-references) the answer is null: "can't tell", and the caller then tries the pattern everywhere.
 *
 * <p>Why: a cue list is then tried only where one of its cues' prefixes occurs (found for all cues at once by a
 * {@link LiteralMatcher}), instead of at every character of every line.
 */
final class LiteralPrefixes {

    /** Longest prefix kept: longer literals say no more about where a match may be. */
    static final int MAX_LENGTH = 24;
    /** At most this many prefixes per pattern; beyond, the first characters alone. */
    private static final int MAX_PREFIXES = 256;

    private final String regex;
    private int pos;

    private LiteralPrefixes(String regex) {
        this.regex = regex;
    }

    /** The prefixes one of which starts every match, or null when they can't be told or a match may be empty. */
    static Set<String> of(String regex) {
        LiteralPrefixes parser = new LiteralPrefixes(regex);
        try {
            Prefixes r = parser.alternation();
            if (parser.pos != regex.length() || r.texts.containsKey("")) {
                return null;
            }
            return shortest(r.texts.keySet());
        } catch (Unsupported e) {
            return null;
        }
    }

    /** Without the texts that another one starts: "tag" covers "tags". */
    private static Set<String> shortest(Set<String> texts) {
        Set<String> out = new TreeSet<>(texts);
        out.removeIf(text -> texts.stream().anyMatch(other -> other.length() < text.length() && text.startsWith(other)));
        return Set.copyOf(out);
    }

    /**
     * Literal beginnings of a sub-pattern, each with whether it is the whole match (so what follows may extend it)
     * or only its start.
     */
    private static final class Prefixes {
        final Map<String, Boolean> texts = new LinkedHashMap<>();

        static Prefixes of(String text, boolean whole) {
            Prefixes p = new Prefixes();
            p.texts.put(text, whole);
            return p;
        }

        void add(String text, boolean whole) {
            String cut = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
            texts.merge(cut, whole && cut.length() == text.length(), Boolean::logicalAnd);
        }

        boolean anyWhole() {
            return texts.containsValue(true);
        }

        /** These followed by {@code next}. */
        Prefixes then(Prefixes next) {
            Prefixes out = new Prefixes();
            texts.forEach((text, whole) -> {
                if (whole) {
                    next.texts.forEach((more, moreWhole) -> out.add(text + more, moreWhole));
                } else {
                    out.add(text, false);
                }
            });
            return out.bounded();
        }

        Prefixes or(Prefixes other) {
            Prefixes out = new Prefixes();
            texts.forEach(out::add);
            other.texts.forEach(out::add);
            return out.bounded();
        }

        /**
         * Too many: cut to the longest length that leaves few enough (the first characters at worst). Cut texts still
         * start every match, and a longer one is found in fewer lines: "comment" rather than "c".
         */
        private Prefixes bounded() {
            Prefixes out = this;
            for (int length = MAX_LENGTH - 1; out.texts.size() > MAX_PREFIXES && length >= 1; length--) {
                out = cutTo(length);
            }
            return out;
        }

        private Prefixes cutTo(int length) {
            Prefixes out = new Prefixes();
            texts.forEach((text, whole) -> out.add(text.length() > length ? text.substring(0, length) : text, whole && text.length() <= length));
            return out;
        }
    }

    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private Prefixes alternation() throws Unsupported {
        Prefixes r = sequence();
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            r = r.or(sequence());
        }
        return r;
    }

    private Prefixes sequence() throws Unsupported {
        Prefixes r = Prefixes.of("", true);
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            Prefixes item = quantified();
            if (r.anyWhole()) {
                r = r.then(item);
            }
        }
        return r;
    }

    private Prefixes quantified() throws Unsupported {
        Prefixes atom = atom();
        if (pos >= regex.length()) {
            return atom;
        }
        char q = regex.charAt(pos);
        boolean optional;
        if (q == '?') {
            pos++;
            skipLazyOrPossessive();
            return atom.or(Prefixes.of("", true));
        }
        if (q == '*' || q == '+') {
            pos++;
            optional = q == '*';
        } else if (q == '{') {
            int close = regex.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported();
            }
            String min = regex.substring(pos + 1, close).split(",", -1)[0].strip();
            optional = min.isEmpty() || min.equals("0");
            pos = close + 1;
        } else {
            return atom;
        }
        skipLazyOrPossessive();
        // Repeated: a match starts with one of the atom's texts, but what follows is unknown.
        Prefixes starts = new Prefixes();
        atom.texts.keySet().forEach(text -> starts.add(text, false));
        return optional ? starts.or(Prefixes.of("", true)) : starts;
    }

    private void skipLazyOrPossessive() {
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++;
        }
    }

    private Prefixes atom() throws Unsupported {
        char c = regex.charAt(pos++);
        switch (c) {
            case '^', '$' -> {
                return Prefixes.of("", true);
            }
            case '.' -> {
                return Prefixes.of("", false);
            }
            case '[' -> {
                skipClass();
                return Prefixes.of("", false);
            }
            case '(' -> {
                if (pos < regex.length() && regex.charAt(pos) == '?') {
                    if (pos + 1 < regex.length() && regex.charAt(pos + 1) == ':') {
                        pos += 2;
                    } else {
                        throw new Unsupported(); // look-arounds, flags, named groups
                    }
                }
                Prefixes inner = alternation();
                if (pos >= regex.length() || regex.charAt(pos) != ')') {
                    throw new Unsupported();
                }
                pos++;
                return inner;
            }
            case '\\' -> {
                return escape();
            }
            case ')', '|', '?', '*', '+', '{' -> throw new Unsupported();
            default -> {
                return Prefixes.of(String.valueOf(c), true);
            }
        }
    }

    private Prefixes escape() throws Unsupported {
        if (pos >= regex.length()) {
            throw new Unsupported();
        }
        char e = regex.charAt(pos++);
        if (e == 'b' || e == 'B') {
            return Prefixes.of("", true);
        }
        if (!Character.isLetterOrDigit(e)) {
            return Prefixes.of(String.valueOf(e), true); // an escaped literal: \( \. \-
        }
        if ((e == 'p' || e == 'P') && pos < regex.length() && regex.charAt(pos) == '{') {
            int close = regex.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported();
            }
            pos = close + 1;
            return Prefixes.of("", false);
        }
        if (e == 'd') {
            return oneOf("0123456789");
        }
        if (e == 's') {
            return oneOf(" \t\n\u000B\f\r");
        }
        if ("DSwWpP".indexOf(e) >= 0) {
            return Prefixes.of("", false);
        }
        throw new Unsupported();
    }

    /** One character of {@code chars}: what {@code \\d} and {@code \\s} match when cues are compiled without flags. */
    private static Prefixes oneOf(String chars) {
        Prefixes p = new Prefixes();
        chars.chars().forEach(c -> p.add(String.valueOf((char) c), true));
        return p;
    }

    /** Moves past a character class, nested classes and escapes included. */
    private void skipClass() throws Unsupported {
        int depth = 1;
        if (pos < regex.length() && regex.charAt(pos) == '^') {
            pos++;
        }
        if (pos < regex.length() && regex.charAt(pos) == ']') {
            pos++; // a literal ] first in the class
        }
        while (pos < regex.length() && depth > 0) {
            char c = regex.charAt(pos++);
            if (c == '\\') {
                pos++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
        if (depth > 0) {
            throw new Unsupported();
        }
    }
}
