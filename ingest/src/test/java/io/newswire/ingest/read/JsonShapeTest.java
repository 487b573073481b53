package io.newswire.ingest.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonShapeTest {

    @Test
    void oneObjectIsFine() {
        assertThat(JsonShape.check("{\"title\": \"x\", \"tags\": [1, {\"a\": null}]}")).isNull();
        assertThat(JsonShape.check("  \n{}\n")).isNull();
    }

    @Test
    void syntaxErrorsAreMalformedWithAPosition() {
        Rejection r = JsonShape.check("{\"title\": \"x\",\n \"body\": }");
        assertThat(r.code()).isEqualTo(RejectionCode.MALFORMED_JSON);
        assertThat(r.detail()).contains("line 2");
        assertThat(JsonShape.check("{\"a\": 1} trailing").code()).isEqualTo(RejectionCode.MALFORMED_JSON);
        assertThat(JsonShape.check("{\"a\": 1").code()).isEqualTo(RejectionCode.MALFORMED_JSON);
    }

    @Test
    void arraysNumbersAndSeveralValuesHaveTheWrongShape() {
        Rejection array = JsonShape.check("[{\"a\": 1}]");
        assertThat(array.code()).isEqualTo(RejectionCode.WRONG_JSON_SHAPE);
        assertThat(array.detail()).contains("an array");
        assertThat(JsonShape.check("42").detail()).contains("a number");
        assertThat(JsonShape.check("\"text\"").detail()).contains("a string");
        assertThat(JsonShape.check("{} {}").code()).isEqualTo(RejectionCode.WRONG_JSON_SHAPE);
    }
}
