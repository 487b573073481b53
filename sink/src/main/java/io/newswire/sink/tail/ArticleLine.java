package io.newswire.sink.tail;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.newswire.avro.EnrichedArticle;
import io.newswire.platform.json.AvroJson;
import java.util.stream.Collectors;

/**
 * How {@code newswire tail} shows one record of news.articles: a line for people
 * ({@code 2018-05-31  TASS  en  "Title"  Russia:NEUTRAL North Korea:AGAINST}) or one line of plain JSON.
 * A tombstone is {@code deleted <id>}, or {@code {"deleted":"<id>"}} as JSON.
 */
public final class ArticleLine {
    static final int TITLE_WIDTH = 80;
    private static final String UNKNOWN = "?";

    private ArticleLine() {
    }

    public static String readable(String id, EnrichedArticle article) {
        if (article == null) {
            return "deleted " + id;
        }
        String date = article.getPublished() == null ? "????-??-??" : article.getPublished().getDate();
        String publisher = article.getPublisher() == null ? UNKNOWN : article.getPublisher().getName();
        String stance = article.getStance().stream().map(s -> s.getTarget() + ":" + s.getLabel())
                .collect(Collectors.joining(" "));
        String line = String.join("  ", date, publisher, article.getLanguage(), "\"" + title(article) + "\"");
        return stance.isEmpty() ? line : line + "  " + stance;
    }

    public static String json(String id, EnrichedArticle article) {
        if (article == null) {
            return JsonNodeFactory.instance.objectNode().put("deleted", id).toString();
        }
        return AvroJson.toJsonLine(article);
    }

    /** The title on one line, cut to {@value #TITLE_WIDTH} characters so each article stays one terminal line. */
    private static String title(EnrichedArticle article) {
        String title = article.getTitle() == null ? "(no title)" : article.getTitle().replaceAll("\\s+", " ").strip();
        return title.length() <= TITLE_WIDTH ? title : title.substring(0, TITLE_WIDTH - 3) + "...";
    }
}
