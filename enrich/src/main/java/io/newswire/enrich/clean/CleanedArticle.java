package io.newswire.enrich.clean;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A file's lines, each classified, with the comment count and the dateline if there is one. Later steps read
 * the article text from here and may read other kinds only as weaker evidence.
 */
public record CleanedArticle(List<Line> lines, int commentCount, Optional<Dateline> dateline) {

    public CleanedArticle {
        lines = List.copyOf(lines);
    }

    /** Every non-blank line taken as body: what the enricher falls back to if classification fails. */
    public static CleanedArticle unclassified(String body) {
        List<Line> lines = new java.util.ArrayList<>();
        for (String t : (body == null ? "" : body).split("\n")) {
            if (!t.isBlank()) {
                lines.add(new Line(lines.size(), t.strip(), LineKind.BODY));
            }
        }
        return new CleanedArticle(lines, 0, Optional.empty());
    }

    /** The cleaned article text: head and body lines, one paragraph per line. */
    public String text() {
        return lines.stream().filter(l -> l.kind().isArticle()).map(Line::text).collect(Collectors.joining("\n"));
    }

    /** The lines of one kind, in order; a loop, as the date and source taggers ask for every article. */
    public List<Line> linesOf(LineKind kind) {
        List<Line> of = new ArrayList<>();
        for (Line line : lines) {
            if (line.kind() == kind) {
                of.add(line);
            }
        }
        return Collections.unmodifiableList(of);
    }

    public List<Line> linesOf(LineKind first, LineKind... rest) {
        Set<LineKind> kinds = EnumSet.of(first, rest);
        return lines.stream().filter(l -> kinds.contains(l.kind())).toList();
    }

    public boolean has(LineKind kind) {
        return lines.stream().anyMatch(l -> l.kind() == kind);
    }
}
