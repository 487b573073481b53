package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IngestMainTest {

    @Test
    void configurationErrorsExitWithTwo() {
        assertThat(IngestMain.run("--bogus")).isEqualTo(2);
        assertThat(IngestMain.run("--set", "ingest.stable-time=soon")).isEqualTo(2);
        assertThat(IngestMain.run("--inbox")).isEqualTo(2);
    }
}
