package io.newswire.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChartsTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    @Test
    void everyChartTheReportLinksIsWrittenAsAPng(@TempDir Path dir) throws Exception {
        List<Path> written = Charts.write(SampleResults.result(), dir);
        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactlyElementsOf(ResultsReport.CHARTS);
        for (Path chart : written) {
            byte[] bytes = Files.readAllBytes(chart);
            assertThat(bytes.length).as(chart.toString()).isGreaterThan(5000);
            assertThat(java.util.Arrays.copyOf(bytes, 8)).as(chart.toString()).isEqualTo(PNG_SIGNATURE);
        }
    }
}
