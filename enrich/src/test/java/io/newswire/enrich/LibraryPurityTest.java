package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The article library is plain Java: Kafka and metrics belong to the topology package, which counts on its results. */
class LibraryPurityTest {
    private static final Path SOURCES = Path.of("src/main/java/io/newswire/enrich");

    @Test
    void onlyTheTopologyPackageUsesKafkaOrMicrometer() throws IOException {
        List<Path> library;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            library = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.startsWith(SOURCES.resolve("topology"))).toList();
        }
        assertThat(library).hasSizeGreaterThan(20);
        for (Path f : library) {
            assertThat(Files.readString(f)).as(f.toString())
                    .doesNotContain("import org.apache.kafka").doesNotContain("import io.micrometer");
        }
    }
}
