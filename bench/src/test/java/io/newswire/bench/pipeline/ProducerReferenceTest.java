package io.newswire.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProducerReferenceTest {
    @Test
    void theFinalSummaryLineIsTheResult() {
        String output = """
                45001 records sent, 8998.4 records/sec (27.34 MB/sec), 310.2 ms avg latency, 612.0 ms max latency.
                100000 records sent, 9523.809524 records/sec (28.93 MB/sec), 298.71 ms avg latency, 650.00 ms max latency, 290 ms 50th, 520 ms 95th, 600 ms 99th, 640 ms 99.9th.
                """;
        ProducerReference.Result r = ProducerReference.parse(output, 3185.5);
        assertThat(r.records()).isEqualTo(100_000);
        assertThat(r.recordsPerSecond()).isEqualTo(9523.809524);
        assertThat(r.megabytesPerSecond()).isEqualTo(28.93);
        assertThat(r.averageRecordBytes()).isEqualTo(3185.5);
        assertThat(r.summaryLine()).startsWith("100000 records sent");
    }

    @Test
    void outputWithoutASummaryIsAnError() {
        assertThatThrownBy(() -> ProducerReference.parse("Exception in thread main", 1))
                .hasMessageContaining("producer-perf-test printed no summary").hasMessageContaining("Exception in thread main");
    }

    @Test
    void theDelimiterCannotOccurInAnArticle() {
        assertThat(ProducerReference.DELIMITER).contains("\u0001");
    }
}
