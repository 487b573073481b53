package io.newswire.platform.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newswire.avro.DeadLetter;
import io.newswire.avro.EnrichedArticle;
import io.newswire.testkit.Articles;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.junit.jupiter.api.Test;

class AvroJsonTest {

    @Test
    void rendersAGeneratedRecordWithTheSchemasFieldNames() throws Exception {
        EnrichedArticle article = Articles.article("a1");
        JsonNode json = new ObjectMapper().readTree(AvroJson.toJsonLine(article));

        assertThat(json.get("id").asText()).isEqualTo("a1");
        assertThat(json.get("publisher").get("name").asText()).isEqualTo("TASS");
        assertThat(json.get("published").get("date").asText()).isEqualTo("2018-05-31");
        assertThat(json.get("stance").get(1).get("target").asText()).isEqualTo("North Korea");
        assertThat(json.get("stance").get(1).get("label").asText()).isEqualTo("AGAINST");
        assertThat(json.get("ingestedAt").asText()).isEqualTo("2018-06-01T10:00:00Z");
        assertThat(json.get("fileModifiedAt").asText()).isEqualTo("2018-06-01T09:59:00Z");
        assertThat(json.get("enrichment").get("enrichedAt").asText()).isEqualTo("2018-06-01T10:00:01Z");
        assertThat(json.has("author")).isTrue();
        assertThat(json.get("author").isNull()).isTrue();
        assertThat(json.get("languageConfidence").asDouble()).isEqualTo(0.99);
        assertThat(fieldNames(json)).containsExactlyElementsOf(
                EnrichedArticle.getClassSchema().getFields().stream().map(Schema.Field::name).toList());
    }

    @Test
    void rendersGenericDataTimestampsAndBytes() {
        GenericRecord letter = new GenericData.Record(DeadLetter.getClassSchema());
        DeadLetter.getClassSchema().getFields().forEach(f -> letter.put(f.name(), null));
        letter.put("stage", "sink");
        letter.put("code", "DESERIALIZATION");
        letter.put("reason", "not Avro");
        letter.put("occurredAt", Instant.parse("2025-01-02T03:04:05.678Z").toEpochMilli());
        letter.put("originalValue", ByteBuffer.wrap("hi".getBytes(StandardCharsets.UTF_8)));

        JsonNode json = AvroJson.toJson(letter);

        assertThat(json.get("occurredAt").asText()).isEqualTo("2025-01-02T03:04:05.678Z");
        assertThat(json.get("originalValue").asText()).isEqualTo("aGk=");
        assertThat(json.get("originalKey").isNull()).isTrue();
    }

    private static List<String> fieldNames(JsonNode json) {
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
