package io.newswire.enrich.parse;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The length of an element's {@link Element#text()}, counted without building the text, and only as far as the
 * caller needs: the parser compares text lengths of whole articles several times per page, and building each text
 * costs more than the rest of the comparison. Mirrors jsoup's text accumulation (whitespace collapsed, a space at
 * block boundaries, trimmed); TextLengthTest checks it against {@code text().length()} on random pages, so a jsoup
 * upgrade that changes {@code text()} shows there.
 */
final class TextLength implements NodeFilter {

    private final int atMost;
    private int count;
    /** Positions of the first character above ' ' and just after the last one: {@code trim()} keeps what is between. */
    private int firstSolid = -1;
    private int solidEnd;
    private boolean lastIsSpace;

    private TextLength(int atMost) {
        this.atMost = atMost;
    }

    /** {@code element.text().length()}. */
    static int of(Element element) {
        return of(element, Integer.MAX_VALUE);
    }

    /** {@code Math.min(element.text().length(), atMost)}: stops counting at atMost. */
    static int of(Element element, int atMost) {
        TextLength length = new TextLength(atMost);
        NodeTraversor.filter(length, element);
        return Math.min(length.trimmed(), atMost);
    }

    /** The length of the text so far once trimmed; appending never makes it shorter. */
    private int trimmed() {
        return firstSolid < 0 ? 0 : solidEnd - firstSolid;
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
            if (text instanceof CDataNode || preservesWhitespace(text.parent())) {
                appendAsIs(text.getWholeText());
            } else {
                appendNormalised(text.getWholeText());
            }
        } else if (node instanceof Element e && count > 0 && (e.isBlock() || e.nameIs("br")) && !lastIsSpace) {
            append(' ');
        }
        return trimmed() >= atMost ? FilterResult.STOP : FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        // A block followed by text or an inline element gets a space after it: "<div>One</div>Two" is "One Two".
        if (node instanceof Element e && !e.tag().isInline() && !lastIsSpace) {
            Node next = e.nextSibling();
            if (next instanceof TextNode || next instanceof Element n && n.tag().isInline()) {
                append(' ');
            }
        }
        return FilterResult.CONTINUE;
    }

    private void appendAsIs(String s) {
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i));
        }
    }

    private void append(char c) {
        if (c > ' ') {
            if (firstSolid < 0) {
                firstSolid = count;
            }
            solidEnd = count + 1;
        }
        count++;
        lastIsSpace = c == ' ';
    }

    /**
     * As jsoup's {@code StringUtil.appendNormalisedWhitespace}: a whitespace run becomes one space (none at the start
     * after a space), zero-width spaces and soft hyphens vanish. Char by char: no whitespace or invisible character is
     * outside the BMP, and the halves of a surrogate pair count as the two characters they are. Counts in locals, as
     * this loop runs over every character of an article.
     */
    private void appendNormalised(String s) {
        boolean dropSpace = lastIsSpace;
        int appended = 0;
        int first = -1;
        int end = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < '\u00A0') {
                // Printable ASCII, most of any text: neither whitespace nor invisible.
                appended++;
                first = first < 0 ? appended - 1 : first;
                end = appended;
                dropSpace = false;
            } else if (StringUtil.isActuallyWhitespace(c)) {
                if (!dropSpace) {
                    appended++;
                    dropSpace = true;
                }
            } else if (!StringUtil.isInvisibleChar(c)) {
                appended++;
                if (c > ' ') {
                    first = first < 0 ? appended - 1 : first;
                    end = appended;
                }
                dropSpace = false;
            }
        }
        if (first >= 0) {
            firstSolid = firstSolid < 0 ? count + first : firstSolid;
            solidEnd = count + end;
        }
        if (appended > 0) {
            lastIsSpace = dropSpace;
        }
        count += appended;
    }

    /** As jsoup decides for text: a {@code <pre>} (or similar) parent up to six levels up keeps whitespace. */
    private static boolean preservesWhitespace(Node parent) {
        Element e = parent instanceof Element element ? element : null;
        for (int level = 0; level < 6 && e != null; level++) {
            if (e.tag().preserveWhitespace()) {
                return true;
            }
            e = e.parent();
        }
        return false;
    }
}
