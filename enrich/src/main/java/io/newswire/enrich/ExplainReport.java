package io.newswire.enrich;

import io.newswire.avro.CitedSource;
import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.PublishedDate;
import io.newswire.avro.Publisher;
import io.newswire.avro.Stance;
import io.newswire.platform.json.AvroJson;
import java.util.Locale;

/** What {@code newswire explain} prints for one article: a readable summary, or one line of JSON. */
public final class ExplainReport {

    private static final int TEXT_PREVIEW = 160;

    private ExplainReport() {
    }

    /** One line of plain JSON in the EnrichedArticle field names ({@code explain --json}). */
    public static String json(EnrichedArticle a) {
        return AvroJson.toJsonLine(a);
    }

    /** A summary for a person: each tag with its confidence and the evidence behind it. */
    public static String text(EnrichedArticle a) {
        StringBuilder sb = new StringBuilder();
        sb.append(a.getFileName()).append(a.getLineNumber() == null ? "" : ":" + a.getLineNumber())
                .append("  (").append(a.getContentType()).append(", id ").append(a.getId(), 0, Math.min(12, a.getId().length())).append(")\n");
        row(sb, "title", a.getTitle() == null ? "—" : a.getTitle());
        if (a.getAuthor() != null) {
            row(sb, "author", a.getAuthor());
        }
        if (a.getUrl() != null) {
            row(sb, "url", a.getUrl());
        }
        row(sb, "language", a.getLanguage() + "  " + conf(a.getLanguageConfidence()));
        row(sb, "published", published(a.getPublished()));
        row(sb, "publisher", publisher(a.getPublisher()));
        if (a.getCitedSources().isEmpty()) {
            row(sb, "cited", "—");
        }
        for (int i = 0; i < a.getCitedSources().size(); i++) {
            CitedSource c = a.getCitedSources().get(i);
            row(sb, i == 0 ? "cited" : "", c.getName() + " ×" + c.getMentions() + (c.getEvidence().isEmpty() ? "" : "  ← \"" + c.getEvidence().get(0) + "\""));
        }
        for (int i = 0; i < a.getStance().size(); i++) {
            Stance s = a.getStance().get(i);
            row(sb, i == 0 ? "stance" : "", s.getTarget() + ": " + s.getLabel() + "  score " + String.format(Locale.ROOT, "%+.2f", s.getScore())
                    + "  " + conf(s.getConfidence()) + "  " + s.getMentions() + " mention" + (s.getMentions() == 1 ? "" : "s"));
            for (String evidence : s.getEvidence()) {
                row(sb, "", "    ← " + evidence);
            }
        }
        row(sb, "comments", Integer.toString(a.getCommentCount()));
        String text = a.getText().replace('\n', ' ');
        row(sb, "text", text.length() <= TEXT_PREVIEW ? text : text.substring(0, TEXT_PREVIEW) + "… (" + a.getText().length() + " chars)");
        for (String w : a.getWarnings()) {
            row(sb, "warning", w);
        }
        return sb.toString();
    }

    private static String published(PublishedDate d) {
        if (d == null) {
            return "— (no date and no file time)";
        }
        return d.getDate() + (d.getDateTime() == null ? "" : " (" + d.getDateTime() + ")") + "  " + d.getMethod() + " "
                + d.getPrecision().toLowerCase(Locale.ROOT) + "  " + conf(d.getConfidence()) + "  ← " + d.getEvidence();
    }

    private static String publisher(Publisher p) {
        if (p == null) {
            return "— (nothing in the file identifies the outlet)";
        }
        return p.getName() + (p.getDomain() == null ? "" : " (" + p.getDomain() + ")") + "  " + conf(p.getConfidence()) + "  ← " + p.getEvidence();
    }

    private static String conf(double c) {
        return String.format(Locale.ROOT, "conf %.2f", c);
    }

    private static void row(StringBuilder sb, String key, String value) {
        sb.append(String.format(Locale.ROOT, "  %-10s %s%n", key, value));
    }
}
