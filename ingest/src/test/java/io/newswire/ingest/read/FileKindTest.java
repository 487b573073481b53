package io.newswire.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileKindTest {

    @ParameterizedTest
    @CsvSource({
            "story.txt, TEXT", "story.TEXT, TEXT", "notes.md, TEXT", "README, TEXT",
            "page.html, HTML", "page.HTM, HTML",
            "article.json, JSON", "feed.jsonl, JSON_LINES", "feed.ndjson, JSON_LINES",
            "photo.jpg, UNSUPPORTED", "archive.tar.gz, UNSUPPORTED", "doc.pdf, UNSUPPORTED"})
    void kindFromExtension(String name, FileKind expected) {
        assertThat(FileKind.of(name)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"TEXT, text/plain", "HTML, text/html", "JSON, application/json", "JSON_LINES, application/json"})
    void contentTypes(FileKind kind, String type) {
        assertThat(kind.contentType()).isEqualTo(type);
    }
}
