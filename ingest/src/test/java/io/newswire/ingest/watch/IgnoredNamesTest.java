package io.newswire.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IgnoredNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {".hidden.txt", ".story.txt.abc123", "story.txt.tmp", "story.TMP", "x.part", "x.partial",
            "x.crdownload", ".x.swp", "x.swp", "story.txt~"})
    void writersTemporaryNamesAreIgnored(String name) {
        assertThat(IgnoredNames.isIgnored(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"story.txt", "README", "feed.jsonl", "with space.html", "x.tmp.txt", "üñí.md", "line\nbreak.txt"})
    void finalNamesAreTaken(String name) {
        assertThat(IgnoredNames.isIgnored(name)).isFalse();
    }
}
