package io.newswire.enrich.stance;

import java.util.ArrayList;
import java.util.List;

/**
 * Decides which quotation marks open and close a quotation, and so which words are inside one: the first half of
 * voice attribution, since quoted words are the speaker's. Marks are straight or curly, single or double, « », „ “;
 * an apostrophe ("Russia’s", "'90s") is not a mark. A quotation may span sentences but ends with its paragraph, so a
 * missing closing mark cannot swallow the rest of the article. Sets each token's {@link Token#depth} and each mark's
 * {@link Token#quoteRole}.
 */
final class Quotations {

    /** The deepest nesting followed; marks beyond it are ignored. */
    private static final int MAX_DEPTH = 16;

    /**
     * An outermost quotation.
     *
     * @param open   token index of the opening mark
     * @param close  token index of the closing mark, or of the paragraph's last token when it was never closed
     * @param closed whether a closing mark was found
     */
    record Quotation(int open, int close, boolean closed) {}

    private Quotations() {}

    /** Marks the quotations of every paragraph and returns the outermost ones, in text order. */
    static List<Quotation> resolve(ArticleText text) {
        List<Quotation> out = new ArrayList<>();
        List<Token> toks = text.tokens();
        int n = toks.size();
        int i = 0;
        while (i < n) {
            int p = toks.get(i).para;
            int j = i;
            while (j < n && toks.get(j).para == p) {
                j++;
            }
            resolveParagraph(text, i, j, out);
            i = j;
        }
        return out;
    }

    private static void resolveParagraph(ArticleText text, int a, int b, List<Quotation> out) {
        String doc = text.doc();
        char[] stack = new char[MAX_DEPTH];
        int[] openAt = new int[MAX_DEPTH];
        int sp = 0;
        for (int k = a; k < b; k++) {
            Token t = text.token(k);
            t.depth = sp;
            if (t.type != Token.QUOTE || isElidedYear(t.ch, doc, t.end)) {
                continue;
            }
            char prev = t.start > 0 ? doc.charAt(t.start - 1) : '\n';
            char next = t.end < doc.length() ? doc.charAt(t.end) : '\n';
            int role = role(t.ch, prev, next, sp > 0 ? stack[sp - 1] : 0);
            if (role == 1 && sp < stack.length) {
                t.quoteRole = 1;
                stack[sp] = t.ch;
                openAt[sp] = k;
                sp++;
            } else if (role == -1 && sp > 0) {
                t.quoteRole = -1;
                sp--;
                t.depth = sp;
                if (sp == 0) {
                    out.add(new Quotation(openAt[0], k, true));
                }
            }
        }
        if (sp > 0) {
            out.add(new Quotation(openAt[0], b - 1, false));
        }
    }

    /**
     * What a mark does, from its character, its neighbours and the innermost open mark (0 when none): +1 opens, -1
     * closes, 0 neither (an apostrophe or a stray mark).
     */
    private static int role(char c, char prev, char next, char top) {
        boolean open = top != 0;
        boolean prevSpace = Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–';
        boolean nextSpace = Character.isWhitespace(next) || isClosingPunct(next);
        boolean topSingle = top == '‘' || top == '\'' || top == '‚' || top == '`' || top == '‹';
        return switch (c) {
            case '„', '‚', '‹' -> 1;
            case '«' -> open && top == '»' ? -1 : (open && top == '«' ? 0 : 1);
            case '»', '›' -> open ? -1 : (prevSpace && !nextSpace ? 1 : 0);
            // a second “ while one is open is nearly always a typo in English copy (nested quotes use ‘ ’): ignore it,
            // unless it is placed like a closing mark
            case '“' -> open && top == '„' ? -1 : (open && top == '“' ? (!prevSpace && nextSpace ? -1 : 0) : 1);
            case '”' -> open && !topSingle ? -1 : (!open && prevSpace && !nextSpace ? 1 : 0);
            case '"' -> {
                if (open && top == '"') {
                    yield prevSpace && !nextSpace ? 1 : -1;
                } else if (open && !topSingle) {
                    yield !prevSpace && nextSpace ? -1 : 1;
                } else {
                    yield !prevSpace && nextSpace && !open ? 0 : 1;
                }
            }
            case '‘', '`' -> Character.isLetterOrDigit(next) || next == '"' || next == '“' ? 1 : 0;
            case '’' -> open && topSingle && !(Character.isLetter(prev) && Character.isLetter(next)) ? -1 : 0;
            case '\'' -> {
                if (open && topSingle && !Character.isLetterOrDigit(next)) {
                    yield -1;
                } else if (prevSpace && Character.isLetterOrDigit(next)) {
                    yield 1;
                } else {
                    yield 0;
                }
            }
            default -> 0;
        };
    }

    /** "the '90s", "class of ‘08": a single mark before exactly two digits stands for the century, not a quotation. */
    private static boolean isElidedYear(char mark, String doc, int after) {
        if (mark != '\'' && mark != '‘' && mark != '’') {
            return false;
        }
        return after + 1 < doc.length() && Character.isDigit(doc.charAt(after)) && Character.isDigit(doc.charAt(after + 1))
                && (after + 2 == doc.length() || !Character.isDigit(doc.charAt(after + 2)));
    }

    private static boolean isClosingPunct(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '…'
                || c == '”' || c == '’' || c == '"' || c == '\'' || c == '—' || c == '–';
    }
}
