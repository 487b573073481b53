package io.newswire.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesUpToTheMaximumAndStaysThereForever() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30));
        assertThat(b.delay(1)).isBetween(Duration.ofMillis(800), Duration.ofSeconds(1));
        assertThat(b.delay(3)).isBetween(Duration.ofMillis(3200), Duration.ofSeconds(4));
        assertThat(b.delay(10)).isBetween(Duration.ofSeconds(24), Duration.ofSeconds(30));
        assertThat(b.delay(1_000_000)).isBetween(Duration.ofSeconds(24), Duration.ofSeconds(30));
    }
}
