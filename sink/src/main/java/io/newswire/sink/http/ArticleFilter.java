package io.newswire.sink.http;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.Publisher;
import io.newswire.avro.StanceLabel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query of {@code GET /articles}: every given condition must hold.
 *
 * @param publisher publisher name or domain, case-insensitive, exact
 * @param target    a stance target the article has an entry for, case-insensitive
 * @param stance    the label of that target's entry (or of any entry when no target is given)
 * @param from      earliest published.date, inclusive
 * @param to        latest published.date, inclusive
 * @param limit     how many articles at most, newest first
 */
public record ArticleFilter(String publisher, String target, StanceLabel stance, LocalDate from, LocalDate to, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 1000;
    private static final Set<String> PARAMETERS = Set.of("publisher", "target", "stance", "from", "to", "limit");

    /** Newest published date first; undated articles last; ties by id so every instance sorts alike. */
    public static final Comparator<EnrichedArticle> NEWEST_FIRST = Comparator.<EnrichedArticle, String>comparing(
            ArticleFilter::publishedDate, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(EnrichedArticle::getId);

    /** Reads query parameters; an unknown parameter or a malformed value is an {@link IllegalArgumentException}. */
    public static ArticleFilter fromQuery(Map<String, String> query) {
        for (String name : query.keySet()) {
            if (!PARAMETERS.contains(name)) {
                throw new IllegalArgumentException("unknown parameter '" + name + "'; known: " + String.join(", ",
                        PARAMETERS.stream().sorted().toList()));
            }
        }
        return new ArticleFilter(blankToNull(query.get("publisher")), blankToNull(query.get("target")),
                stance(query.get("stance")), date("from", query.get("from")), date("to", query.get("to")),
                limit(query.get("limit")));
    }

    public boolean matches(EnrichedArticle article) {
        return publisherMatches(article.getPublisher()) && stanceMatches(article) && dateMatches(article);
    }

    /** The filter as query parameters, to ask another sink instance the same question. */
    public String toQueryString() {
        Map<String, String> q = new LinkedHashMap<>();
        put(q, "publisher", publisher);
        put(q, "target", target);
        put(q, "stance", stance);
        put(q, "from", from);
        put(q, "to", to);
        q.put("limit", String.valueOf(limit));
        return q.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private boolean publisherMatches(Publisher p) {
        return publisher == null || p != null
                && (publisher.equalsIgnoreCase(p.getName()) || publisher.equalsIgnoreCase(p.getDomain()));
    }

    private boolean stanceMatches(EnrichedArticle article) {
        return target == null && stance == null || article.getStance().stream().anyMatch(s ->
                (target == null || target.equalsIgnoreCase(s.getTarget())) && (stance == null || stance == s.getLabel()));
    }

    private boolean dateMatches(EnrichedArticle article) {
        if (from == null && to == null) {
            return true;
        }
        String date = publishedDate(article);
        // ISO dates order as text, so no parsing per article.
        return date != null && (from == null || date.compareTo(from.toString()) >= 0)
                && (to == null || date.compareTo(to.toString()) <= 0);
    }

    private static String publishedDate(EnrichedArticle article) {
        return article.getPublished() == null ? null : article.getPublished().getDate();
    }

    private static StanceLabel stance(String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return StanceLabel.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("stance must be FAVOR, AGAINST or NEUTRAL, not '" + text + "'");
        }
    }

    private static LocalDate date(String name, String text) {
        if (blankToNull(text) == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be a date yyyy-MM-dd, not '" + text + "'");
        }
    }

    private static int limit(String text) {
        if (blankToNull(text) == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + text + "'");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void put(Map<String, String> q, String name, Object value) {
        if (value != null) {
            q.put(name, value.toString());
        }
    }
}
