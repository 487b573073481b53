package io.newswire.bench.articles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** A JSON record from a feed; each feed names its fields its own way (url or link, title or headline, ...). */
final class JsonRenderer {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<List<String>> NAMES = List.of(
            List.of("url", "title", "text", "published", "source", "author"),
            List.of("link", "headline", "body", "publishedAt", "site", "byline"),
            List.of("url", "title", "content", "pubDate", "publisher", "author"),
            List.of("link", "title", "text", "date", "source", "author"));

    private JsonRenderer() {
    }

    static String render(ArticleDraft a, RandomGenerator random) {
        List<String> names = NAMES.get(random.nextInt(NAMES.size()));
        List<String> text = new ArrayList<>(a.body());
        if (a.subscribe() != null && random.nextBoolean()) {
            text.add(a.subscribe());
        }
        if (a.fullStory() != null) {
            text.add(a.fullStory());
        }
        Map<String, Object> record = new LinkedHashMap<>();
        if (a.declaresUrl()) {
            record.put(names.get(0), a.url());
        }
        record.put(names.get(1), a.headline());
        record.put(names.get(3), names.get(3).equals("pubDate")
                ? a.published().format(DateTimeFormatter.RFC_1123_DATE_TIME)
                : a.published().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        record.put(names.get(4), a.publisher());
        record.put(names.get(5), a.byline());
        record.put("language", a.language());
        record.put(names.get(2), String.join("\n\n", text));
        try {
            return random.nextBoolean() ? JSON.writeValueAsString(record) : JSON.writerWithDefaultPrettyPrinter().writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings is always JSON", e);
        }
    }
}
