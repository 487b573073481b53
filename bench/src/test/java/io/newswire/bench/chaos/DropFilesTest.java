package io.newswire.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.bench.chaos.DropFiles.DropFile;
import io.newswire.bench.chaos.DropFiles.Kind;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DropFilesTest {
    @TempDir
    Path inputs;

    @Test
    void everyCopyHasItsOwnNameAndArticleIdAlsoWhenItsTemplateDeclaresAUrl() throws Exception {
        Files.writeString(inputs.resolve("plain.txt"), "Talks in Singapore\n\nThe two leaders met on Tuesday.");
        Files.writeString(inputs.resolve("page.html"), "<html><head><title>Talks</title>"
                + "<link rel=\"canonical\" href=\"https://www.example.com/world/talks\"></head>"
                + "<body><p>They met.</p></body></html>");
        Files.writeString(inputs.resolve("labels.json"), "[]");
        DropFiles files = DropFiles.load(List.of(inputs), 0);

        assertThat(files.templateCount()).as("labels.json is not an article").isEqualTo(2);
        List<DropFile> copies = IntStream.range(0, 200).mapToObj(files::file).toList();
        assertThat(copies).extracting(DropFile::relativePath).doesNotHaveDuplicates();
        assertThat(copies).extracting(files::expectedId).doesNotHaveDuplicates();
        assertThat(copies).extracting(DropFile::rawId).doesNotHaveDuplicates();
        DropFile html = copies.stream().filter(f -> f.template().equals("page.html")).findFirst().orElseThrow();
        assertThat(new String(html.content(), StandardCharsets.UTF_8))
                .contains("https://www.example.com/copy-" + html.index() + "/world/talks");
    }

    @Test
    void aCopyDiffersFromItsTemplateOnlyByTrailingWhitespaceWhenItDeclaresNoUrl() throws Exception {
        String text = "Talks in Singapore\n\nThe two leaders met on Tuesday.";
        Files.writeString(inputs.resolve("plain.txt"), text);
        DropFile copy = DropFiles.load(List.of(inputs), 0).file(5);
        String content = new String(copy.content(), StandardCharsets.UTF_8);
        assertThat(content).startsWith(text);
        assertThat(content.substring(text.length())).isBlank();
        assertThat(copy.relativePath()).isEqualTo("feed1/000005-plain.txt");
    }

    @Test
    void everyNthFileIsDeliberatelyBadInTurnBinaryEmptyAndMalformedJson() throws Exception {
        Files.writeString(inputs.resolve("plain.txt"), "An article.");
        DropFiles files = DropFiles.load(List.of(inputs), 10);
        Set<Kind> kinds = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            DropFile f = files.file(i);
            assertThat(f.kind().deliberatelyBad()).isEqualTo(i % 10 == 9);
            kinds.add(f.kind());
        }
        assertThat(kinds).containsExactlyInAnyOrder(Kind.values());
        assertThat(files.file(19).content()).isEmpty();
        assertThat(files.file(9).content()).contains((byte) 0);
        assertThat(new String(files.file(29).content(), StandardCharsets.UTF_8)).startsWith("{").doesNotEndWith("}");
    }
}
