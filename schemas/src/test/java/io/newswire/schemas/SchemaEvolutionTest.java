package io.newswire.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Test;

/** BACKWARD_TRANSITIVE: today's schemas must read data written with every released version. */
class SchemaEvolutionTest {
    static final Path CURRENT = Path.of("src/main/avro");
    static final Path RELEASED = Path.of("released");

    @Test
    void currentSchemasReadEveryReleasedVersion() throws IOException {
        Map<String, Schema> current = Schemas.load(CURRENT);
        List<Path> versions = releasedVersions();
        assertThat(versions).isNotEmpty();
        for (Path version : versions) {
            Map<String, Schema> old = Schemas.load(version);
            for (var e : current.entrySet()) {
                Schema writer = old.get(e.getKey());
                assertThat(writer).as("%s is missing from released version %s", e.getKey(), version).isNotNull();
                var result = SchemaCompatibility.checkReaderWriterCompatibility(e.getValue(), writer);
                assertThat(result.getType())
                        .as("%s cannot read data written with version %s: %s", e.getKey(), version, result.getResult().getIncompatibilities())
                        .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
            }
        }
    }

    @Test
    void newFieldWithoutDefaultIsRejected() throws IOException {
        Schema released = Schemas.load(releasedVersions().get(0)).get("RawArticle");
        Schema changed = withExtraField(RawArticle.getClassSchema(), new Schema.Field("priority", Schema.create(Schema.Type.INT), "new", (Object) null));
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(changed, released).getType())
                .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    @Test
    void newFieldWithDefaultIsAccepted() throws IOException {
        Schema released = Schemas.load(releasedVersions().get(0)).get("RawArticle");
        Schema changed = withExtraField(RawArticle.getClassSchema(), new Schema.Field("priority", Schema.create(Schema.Type.INT), "new", 0));
        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(changed, released).getType())
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }

    @Test
    void generatedClassesMatchTheSchemaFiles() throws IOException {
        Map<String, Schema> current = Schemas.load(CURRENT);
        // Parsing form: the generated classes add Java-only properties (avro.java.string) that do not change the data.
        assertThat(SchemaNormalization.toParsingForm(RawArticle.getClassSchema()))
                .isEqualTo(SchemaNormalization.toParsingForm(current.get("RawArticle")));
        assertThat(SchemaNormalization.toParsingForm(EnrichedArticle.getClassSchema()))
                .isEqualTo(SchemaNormalization.toParsingForm(current.get("EnrichedArticle")));
    }

    @Test
    void everyFieldIsDocumented() throws IOException {
        List<String> undocumented = new ArrayList<>();
        for (Schema s : Schemas.load(CURRENT).values()) {
            collectUndocumented(s, undocumented);
        }
        assertThat(undocumented).isEmpty();
    }

    private static void collectUndocumented(Schema s, List<String> out) {
        switch (s.getType()) {
            case RECORD -> {
                if (s.getDoc() == null) out.add(s.getFullName());
                for (Schema.Field f : s.getFields()) {
                    if (f.doc() == null || f.doc().isBlank()) out.add(s.getName() + "." + f.name());
                    collectUndocumented(f.schema(), out);
                }
            }
            case UNION -> s.getTypes().forEach(t -> collectUndocumented(t, out));
            case ARRAY -> collectUndocumented(s.getElementType(), out);
            case ENUM -> { if (s.getDoc() == null) out.add(s.getFullName()); }
            default -> { }
        }
    }

    private static Schema withExtraField(Schema base, Schema.Field extra) {
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field f : base.getFields()) {
            fields.add(new Schema.Field(f, f.schema()));
        }
        fields.add(extra);
        return Schema.createRecord(base.getName(), base.getDoc(), base.getNamespace(), false, fields);
    }

    private static List<Path> releasedVersions() throws IOException {
        try (Stream<Path> dirs = Files.list(RELEASED)) {
            return dirs.filter(Files::isDirectory).sorted().toList();
        }
    }
}
