package io.newswire.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.avro.EnrichedArticle;
import org.junit.jupiter.api.Test;

class ExplainJsonTest {

    @Test
    void plainJsonInTheAvroFieldNamesWithNullsKeptAndIsoTimestamps() throws Exception {
        EnrichedArticle a = TestFiles.enrich("a.txt", "PYONGYANG, May 31. /TASS/. North Korea and Russia agreed to expand "
                + "cooperation in trade after talks that lasted several hours.");
        String json = ExplainReport.json(a);
        assertThat(json).doesNotContain("\n");
        JsonNode o = new ObjectMapper().readTree(json);
        assertThat(o.fieldNames()).toIterable().containsExactly("id", "rawId", "fileName", "relativePath", "sourceHint",
                "contentType", "lineNumber", "ingestedAt", "fileModifiedAt", "url", "title", "author", "text", "language",
                "languageConfidence", "publisher", "citedSources", "published", "stance", "commentCount", "warnings", "enrichment");
        assertThat(o.get("url").isNull()).isTrue();
        assertThat(o.get("publisher").isNull()).isTrue();
        assertThat(o.get("fileModifiedAt").asText()).isEqualTo("2030-01-02T03:04:05Z");
        assertThat(o.get("enrichment").get("enrichedAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(o.get("citedSources").get(0).get("name").asText()).isEqualTo("TASS");
        assertThat(o.get("published").get("method").asText()).isEqualTo("DATELINE");
        assertThat(o.get("languageConfidence").isDouble()).isTrue();
    }
}
