package io.newswire.ingest.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void rateAndTimeLeft() {
        Rate r = new Rate(5000, 50_000, Duration.ofSeconds(1));
        assertThat(r.perSecond()).isEqualTo(5000.0);
        assertThat(r.remaining()).isEqualTo(Duration.ofSeconds(9));
        assertThat(new Rate(0, 10, Duration.ofSeconds(1)).remaining()).isNull();
    }

    @Test
    void formatsDurationsForPeople() {
        assertThat(Rate.format(Duration.ofSeconds(9))).isEqualTo("9s");
        assertThat(Rate.format(Duration.ofSeconds(125))).isEqualTo("2m05s");
        assertThat(Rate.format(Duration.ofSeconds(3725))).isEqualTo("1h02m");
        assertThat(Rate.format(null)).isEqualTo("?");
    }

    @Test
    void everyModeCanBeCreatedAndUsed() {
        for (var mode : io.newswire.ingest.IngestSettings.ProgressMode.values()) {
            try (Progress p = Progress.of(mode, Duration.ofSeconds(10))) {
                p.backlogStarted(2);
                p.fileFinished(false);
                p.fileFinished(true);
                p.backlogFinished();
            }
        }
    }
}
