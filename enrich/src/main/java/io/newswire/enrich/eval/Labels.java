package io.newswire.enrich.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a labels.json file in the shared format: a JSON array with one object per file. */
public final class Labels {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Labels() {
    }

    public static List<Label> load(Path file) throws IOException {
        JsonNode root = MAPPER.readTree(file.toFile());
        if (root == null || !root.isArray()) {
            throw new IOException(file + ": expected a JSON array of labels");
        }
        List<Label> labels = new ArrayList<>();
        for (JsonNode n : root) {
            labels.add(parse(n));
        }
        return labels;
    }

    static Label parse(JsonNode n) {
        if (!n.hasNonNull("file")) {
            throw new IllegalArgumentException("label without a file: " + n);
        }
        JsonNode pub = n.get("publisher");
        String pubName = pub != null && pub.isObject() ? text(pub.get("name")) : null;
        String pubDomain = pub != null && pub.isObject() ? text(pub.get("domain")) : null;
        List<String> cited = new ArrayList<>();
        if (n.has("cited_sources")) {
            n.get("cited_sources").forEach(c -> cited.add(c.asText()));
        }
        String published = text(n.get("published"));
        List<String> window = new ArrayList<>();
        if (n.hasNonNull("published_window") && n.get("published_window").size() == 2) {
            n.get("published_window").forEach(d -> window.add(d.asText()));
        } else if (published != null) {
            window.add(published);
            window.add(published);
        }
        Map<String, String> stance = new LinkedHashMap<>();
        if (n.hasNonNull("stance")) {
            n.get("stance").fields().forEachRemaining(e -> stance.put(e.getKey(), e.getValue().asText()));
        }
        String language = n.has("language") ? n.get("language").asText() : "en";
        return new Label(n.get("file").asText(), language, pubName, pubDomain, cited, published, window, stance);
    }

    private static String text(JsonNode v) {
        return v == null || v.isNull() ? null : v.asText();
    }
}
