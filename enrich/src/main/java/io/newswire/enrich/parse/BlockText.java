package io.newswire.enrich.parse;

import java.util.Set;
import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * An element's text with a line per block element: each text node's whitespace collapsed as jsoup's
 * {@code TextNode.text()} does, one space between text nodes on the same line, lines stripped, blank lines dropped.
 * The space is there even when the page has none: in scraped pages, adjacent inline elements ("Home", "World" as
 * links) are far more often separate words than one word split in two.
 * Iterative, so deep nesting cannot overflow the stack. Text is normalised straight into one buffer and trimmed
 * there: a string per text node and per line costs more than the rest of the work.
 */
final class BlockText implements NodeVisitor {

    private static final Set<String> BLOCKS = Set.of(
            "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "tr", "table", "section", "article",
            "header", "footer", "blockquote", "pre", "figure", "figcaption", "dd", "dt", "dl", "hr", "main", "address",
            "aside", "time", "caption");

    private final StringBuilder sb = new StringBuilder();

    private BlockText() {
    }

    static String of(Element root) {
        BlockText text = new BlockText();
        NodeTraversor.traverse(text, root);
        return text.nonBlankLines();
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            append(t);
        } else if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
            newline();
        }
    }

    @Override
    public void tail(Node node, int depth) {
        if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
            newline();
        }
    }

    /**
     * The text node's normalised text, stripped, unless blank; a space before it when it joins a word already
     * written, a space after it when it ends with one.
     */
    private void append(TextNode t) {
        int start = sb.length();
        boolean joinsWord = start > 0 && sb.charAt(start - 1) != '\n' && sb.charAt(start - 1) != ' ';
        if (t instanceof CDataNode) {
            sb.append(t.getWholeText()); // its text() is the text as written
        } else {
            appendNormalised(t.getWholeText());
        }
        int end = sb.length();
        int first = start;
        while (first < end && Character.isWhitespace(sb.charAt(first))) {
            first++;
        }
        if (first == end) {
            sb.setLength(start);
            return;
        }
        int last = end;
        while (Character.isWhitespace(sb.charAt(last - 1))) {
            last--;
        }
        boolean endsWithSpace = sb.charAt(end - 1) == ' ';
        sb.setLength(last);
        if (endsWithSpace) {
            sb.append(' ');
        }
        sb.replace(start, first, joinsWord ? " " : "");
    }

    /**
     * As jsoup's {@code StringUtil.appendNormalisedWhitespace}: a whitespace run becomes one space, zero-width spaces
     * and soft hyphens vanish. Runs of characters that stay as they are (a single space among them) are copied
     * whole. Char by char: no whitespace or invisible character is outside the BMP.
     */
    private void appendNormalised(String s) {
        boolean lastWasWhite = false;
        int unchangedFrom = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c > ' ' && c < '\u00A0') {
                lastWasWhite = false; // printable ASCII, most of any text: neither whitespace nor invisible
                continue;
            }
            boolean white = StringUtil.isActuallyWhitespace(c);
            if (white ? c == ' ' && !lastWasWhite : !StringUtil.isInvisibleChar(c)) {
                lastWasWhite = white;
                continue;
            }
            sb.append(s, unchangedFrom, i);
            if (white && !lastWasWhite) {
                sb.append(' ');
                lastWasWhite = true;
            }
            unchangedFrom = i + 1;
        }
        sb.append(s, unchangedFrom, s.length());
    }

    private void newline() {
        int n = sb.length();
        while (n > 0 && sb.charAt(n - 1) == ' ') {
            n--;
        }
        sb.setLength(n);
        if (n > 0 && sb.charAt(n - 1) != '\n') {
            sb.append('\n');
        }
    }

    /** Each line stripped, blank ones dropped, each ended by a newline. */
    private String nonBlankLines() {
        String text = sb.toString();
        StringBuilder out = new StringBuilder(text.length());
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            int from = lineStart;
            int to = lineEnd;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (from < to) {
                out.append(text, from, to).append('\n');
            }
            lineStart = lineEnd + 1;
        }
        return out.toString();
    }
}
