package io.newswire.bench.chaos;

import io.newswire.enrich.CanonicalUrl;
import io.newswire.enrich.RawArticles;
import io.newswire.enrich.parse.ArticleParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The files a run drops: copies of real article files (the templates), each made unique so that it yields an article
 * id of its own, and every {@code badEvery}-th file a deliberately bad one (binary, empty, malformed JSON).
 *
 * <p>A copy differs from its template by a trailing run of spaces and tabs that encodes its number (invisible to
 * every parser, so the content hash differs and the enrichment does not), and, when the template declares a canonical
 * URL (the article id then comes from the URL), by a path segment {@code copy-N} inserted into every URL.
 */
final class DropFiles {
    /** Gold-label files of the corpora: not articles. */
    private static final String LABELS = "labels.json";
    private static final Pattern URL_PATH = Pattern.compile("(https?://[^/\\s\"'<>]+)/");
    private static final int FOLDERS = 4;
    private static final int NUMBER_BITS = 24;

    enum Kind {
        ARTICLE, BAD_BINARY, BAD_EMPTY, BAD_JSON;

        boolean deliberatelyBad() {
            return this != ARTICLE;
        }
    }

    /** One file to drop; {@code template} is the name of the file it copies, or the kind of bad file. */
    record DropFile(int index, String relativePath, byte[] content, Kind kind, String template) {
        /** Hex SHA-256 of the bytes: ingest's raw id and key. */
        String rawId() {
            return CanonicalUrl.sha256Hex(content);
        }
    }

    private record Template(String name, String text, boolean declaresUrl) {
    }

    private final List<Template> templates;
    private final List<String> excluded;
    private final int badEvery;
    private final ArticleParser parser = new ArticleParser();

    private DropFiles(List<Template> templates, List<String> excluded, int badEvery) {
        this.templates = templates;
        this.excluded = excluded;
        this.badEvery = badEvery;
    }

    /**
     * Takes every file of the folders (not their subfolders) as a template, except the corpora's labels.json, and
     * templates whose copies would share an article id. A folder that does not exist is skipped.
     */
    static DropFiles load(List<Path> folders, int badEvery) {
        List<Template> templates = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        ArticleParser parser = new ArticleParser();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
                    String name = file.getFileName().toString();
                    if (name.equals(LABELS) || name.startsWith(".")) {
                        continue;
                    }
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    boolean declaresUrl = parser.parse(text, RawArticles.contentType(name)).url() != null;
                    Template template = new Template(name, text, declaresUrl);
                    if (declaresUrl && expectedId(parser, copy(template, 1), name)
                            .equals(expectedId(parser, copy(template, 2), name))) {
                        excluded.add(name);
                    } else {
                        templates.add(template);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the input folder " + folder, e);
            }
        }
        if (templates.isEmpty()) {
            throw new IllegalArgumentException("No input files in " + folders);
        }
        return new DropFiles(templates, excluded, badEvery);
    }

    int templateCount() {
        return templates.size();
    }

    /** Templates left out because every copy would have the same canonical URL, so the same article id. */
    List<String> excludedTemplates() {
        return excluded;
    }

    /** The file with this number: the same number always gives the same file. */
    DropFile file(int index) {
        String number = String.format("%06d", index);
        String folder = "feed" + index % FOLDERS + "/";
        if (badEvery > 0 && index % badEvery == badEvery - 1) {
            Kind kind = Kind.values()[1 + (index / badEvery) % 3];
            return switch (kind) {
                case BAD_BINARY -> new DropFile(index, folder + "bad-" + number + ".txt", binary(index), kind, "binary");
                case BAD_EMPTY -> new DropFile(index, folder + "bad-" + number + ".txt", new byte[0], kind, "empty");
                default -> new DropFile(index, folder + "bad-" + number + ".json",
                        ("{\"title\": \"broken " + number + "\", \"text\": ").getBytes(StandardCharsets.UTF_8), kind,
                        "malformed JSON");
            };
        }
        Template template = templates.get(index % templates.size());
        return new DropFile(index, folder + number + "-" + template.name(), copy(template, index), Kind.ARTICLE,
                template.name());
    }

    /**
     * The article id enrich gives this file: the SHA-256 of its normalized canonical URL when it declares one,
     * else its raw id. Only meaningful for files ingest accepts.
     */
    String expectedId(DropFile file) {
        return expectedId(parser, file.content(), file.relativePath());
    }

    private static String expectedId(ArticleParser parser, byte[] content, String name) {
        String url = parser.parse(new String(content, StandardCharsets.UTF_8), RawArticles.contentType(name)).url();
        return CanonicalUrl.articleId(url, CanonicalUrl.sha256Hex(content));
    }

    private static byte[] copy(Template template, int index) {
        String text = template.text();
        if (template.declaresUrl()) {
            text = URL_PATH.matcher(text).replaceAll("$1/copy-" + index + "/");
        }
        StringBuilder suffix = new StringBuilder("\n");
        for (int bit = NUMBER_BITS - 1; bit >= 0; bit--) {
            suffix.append((index >> bit & 1) == 1 ? '\t' : ' ');
        }
        return (text + suffix + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] binary(int index) {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        byte[] bytes = new byte[512];
        System.arraycopy(png, 0, bytes, 0, png.length);
        for (int i = png.length; i < bytes.length; i++) {
            bytes[i] = (byte) ((index * 31 + i * 7) & 0xff);
        }
        return bytes;
    }
}
