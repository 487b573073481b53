package io.newswire.bench.articles;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The fragments of one language the generator builds articles from: a resource {@code <lang>.txt} of
 * {@code [section]} headers each followed by one entry a line ({@code #} lines are comments).
 */
final class LanguagePack {
    /** Sections every language file must have, so a missing one fails at load time, not in the middle of a run. */
    static final List<String> REQUIRED = List.of("months", "weekdays", "date", "targets", "cities", "persons", "authors",
            "headline", "byline", "published", "sentence", "opinion", "quote", "nav", "subscribe", "related-heading",
            "comments-heading", "commenters", "comment", "comment-time", "copyright", "full-story", "dateline",
            "publishers");

    private final String language;
    private final Map<String, List<String>> sections;

    private LanguagePack(String language, Map<String, List<String>> sections) {
        this.language = language;
        this.sections = sections;
    }

    static LanguagePack load(String language) {
        String resource = language + ".txt";
        try (InputStream in = LanguagePack.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no article templates for language '" + language + "'");
            }
            return parse(language, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the article templates " + resource, e);
        }
    }

    static LanguagePack parse(String language, List<String> lines) {
        Map<String, List<String>> sections = new HashMap<>();
        List<String> current = null;
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = sections.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalArgumentException(language + ": an entry before the first [section]: " + line);
            } else {
                current.add(line.strip());
            }
        }
        for (String name : REQUIRED) {
            if (sections.getOrDefault(name, List.of()).isEmpty()) {
                throw new IllegalArgumentException(language + ": the section [" + name + "] is missing or empty");
            }
        }
        return new LanguagePack(language, sections);
    }

    String language() {
        return language;
    }

    List<String> all(String section) {
        return sections.get(section);
    }

    String pick(String section, RandomGenerator random) {
        List<String> entries = sections.get(section);
        return entries.get(random.nextInt(entries.size()));
    }
}
