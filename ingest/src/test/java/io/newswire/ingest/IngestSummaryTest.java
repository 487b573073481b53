package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestSummaryTest {

    @Test
    void describesPublishedAndRejectedByReason() {
        IngestSummary s = new IngestSummary(10, 12, Map.of("TOO_LARGE", 1L, "EMPTY_FILE", 2L), Map.of("MALFORMED_JSON", 3L), 1);
        assertThat(s.describe()).isEqualTo("published 10 file(s) as 12 record(s); rejected 3 file(s) (EMPTY_FILE 2, TOO_LARGE 1)"
                + " and 3 JSON Lines line(s) (MALFORMED_JSON 3); 1 file(s) disappeared before they could be claimed");
        assertThat(s.exitCode()).isEqualTo(IngestSummary.EXIT_REJECTED);
    }

    @Test
    void aRejectedLineAloneMakesTheExitCodeNonZero() {
        assertThat(new IngestSummary(1, 1, Map.of(), Map.of(), 0).exitCode()).isZero();
        assertThat(new IngestSummary(1, 1, Map.of(), Map.of("WRONG_JSON_SHAPE", 1L), 0).exitCode()).isNotZero();
    }
}
