package io.newswire.enrich.clean;

import java.util.BitSet;

/**
 * The characters a match of a regular expression can start with, worked out from its source for the simple forms
 * cues are written in: literals, escaped literals, {@code \d}, {@code \s}, {@code ^}, {@code \b}, groups with
 * alternatives, and quantifiers. Where a match may start with any character ({@code .}, a class, {@code \p{..}}) or
 * the form is not understood (look-arounds, flags) the answer is null: "can't tell", and the caller then tries the
 * pattern everywhere.
 *
 * <p>Why: Java's regex engine tries every alternative of an alternation at every position; a cue list tried only
 * where one of its cues can start costs a fraction of that.
 */
final class FirstChars {

    private final String regex;
    private int pos;

    private FirstChars(String regex) {
        this.regex = regex;
    }

    /** The possible first characters of a non-empty match, or null when the pattern is not simple or may match "". */
    static BitSet of(String regex) {
        FirstChars parser = new FirstChars(regex);
        try {
            Result r = parser.alternation();
            if (parser.pos != regex.length() || r.nullable || r.any) {
                return null;
            }
            return r.chars;
        } catch (Unsupported e) {
            return null;
        }
    }

    /** First characters of a sub-pattern, whether it can match without consuming any, and whether any may start it. */
    private record Result(BitSet chars, boolean nullable, boolean any) {

        static Result zeroWidth() {
            return new Result(new BitSet(), true, false);
        }

        static Result anyChar() {
            return new Result(new BitSet(), false, true);
        }
    }

    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    private Result alternation() throws Unsupported {
        Result r = sequence();
        while (pos < regex.length() && regex.charAt(pos) == '|') {
            pos++;
            Result next = sequence();
            BitSet chars = (BitSet) r.chars.clone();
            chars.or(next.chars);
            r = new Result(chars, r.nullable || next.nullable, r.any || next.any);
        }
        return r;
    }

    private Result sequence() throws Unsupported {
        BitSet chars = new BitSet();
        boolean nullable = true;
        boolean any = false;
        while (pos < regex.length() && regex.charAt(pos) != '|' && regex.charAt(pos) != ')') {
            Result item = quantified();
            if (nullable) {
                chars.or(item.chars);
                any |= item.any;
                nullable = item.nullable;
            }
        }
        return new Result(chars, nullable, any);
    }

    private Result quantified() throws Unsupported {
        Result atom = atom();
        if (pos >= regex.length()) {
            return atom;
        }
        char q = regex.charAt(pos);
        boolean optional;
        if (q == '?' || q == '*') {
            pos++;
            optional = true;
        } else if (q == '+') {
            pos++;
            optional = false;
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
        if (pos < regex.length() && (regex.charAt(pos) == '?' || regex.charAt(pos) == '+')) {
            pos++; // lazy or possessive: same first characters
        }
        return new Result(atom.chars, atom.nullable || optional, atom.any);
    }

    private Result atom() throws Unsupported {
        char c = regex.charAt(pos++);
        switch (c) {
            case '^', '$' -> {
                return Result.zeroWidth();
            }
            case '.' -> {
                return Result.anyChar();
            }
            case '[' -> {
                skipClass();
                return Result.anyChar();
            }
            case '(' -> {
                if (pos < regex.length() && regex.charAt(pos) == '?') {
                    if (pos + 1 < regex.length() && regex.charAt(pos + 1) == ':') {
                        pos += 2;
                    } else {
                        throw new Unsupported(); // look-arounds, flags, named groups
                    }
                }
                Result inner = alternation();
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
                return single(c);
            }
        }
    }

    private Result escape() throws Unsupported {
        if (pos >= regex.length()) {
            throw new Unsupported();
        }
        char e = regex.charAt(pos++);
        if (e == 'b' || e == 'B') {
            return Result.zeroWidth();
        }
        if (e == 'd') {
            BitSet digits = new BitSet();
            digits.set('0', '9' + 1);
            return new Result(digits, false, false);
        }
        if (e == 's') {
            BitSet space = new BitSet();
            for (char s : new char[] {' ', '\t', '\n', '\u000B', '\f', '\r'}) {
                space.set(s);
            }
            return new Result(space, false, false);
        }
        if (!Character.isLetterOrDigit(e)) {
            return single(e); // an escaped literal: \( \. \-
        }
        if ((e == 'p' || e == 'P') && pos < regex.length() && regex.charAt(pos) == '{') {
            int close = regex.indexOf('}', pos);
            if (close < 0) {
                throw new Unsupported();
            }
            pos = close + 1;
            return Result.anyChar();
        }
        if ("wWSDpP".indexOf(e) >= 0) {
            return Result.anyChar();
        }
        throw new Unsupported();
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

    private static Result single(char c) {
        BitSet one = new BitSet();
        one.set(c);
        return new Result(one, false, false);
    }
}
