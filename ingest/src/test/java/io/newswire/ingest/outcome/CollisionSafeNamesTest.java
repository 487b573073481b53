package io.newswire.ingest.outcome;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollisionSafeNamesTest {
    @TempDir
    Path dir;

    @Test
    void variantsKeepTheExtension() {
        assertThat(CollisionSafeNames.variant("a.txt", 0)).isEqualTo("a.txt");
        assertThat(CollisionSafeNames.variant("a.txt", 2)).isEqualTo("a (2).txt");
        assertThat(CollisionSafeNames.variant("README", 1)).isEqualTo("README (1)");
    }

    @Test
    void moveNeverReplacesAnExistingFile() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "first");
        Files.writeString(dir.resolve("a (1).txt.error.json"), "{}");
        Path src = Files.writeString(Files.createDirectories(dir.resolve("src")).resolve("a.txt"), "second");

        Path moved = CollisionSafeNames.move(src, dir.resolve("a.txt"), ".error.json");

        assertThat(moved).isEqualTo(dir.resolve("a (2).txt")).hasContent("second");
        assertThat(dir.resolve("a.txt")).hasContent("first");
    }
}
