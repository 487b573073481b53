package io.newswire.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResourceSamplerTest {
    @Test
    void theKernelsMemoryFiguresAreReadInBytes() {
        Map<String, Long> status = ResourceSampler.status(ProcessHandle.current().pid());
        assertThat(status.get("VmRSS")).isGreaterThan(1L << 20);
        assertThat(status.get("VmHWM")).isGreaterThanOrEqualTo(status.get("VmRSS"));
    }

    @Test
    void aProcessIsSampledUntilClosed() throws Exception {
        ResourceSampler sampler = new ResourceSampler(Map.of("self", () -> Optional.of(ProcessHandle.current()),
                "gone", Optional::empty), Duration.ofMillis(10));
        sampler.close();
        assertThat(sampler.series("self")).isNotEmpty().allMatch(s -> s.rssBytes() > 0 && s.cpuSeconds() > 0);
        assertThat(sampler.peakRss("self")).isGreaterThan(1L << 20);
        assertThat(sampler.series("gone")).isEmpty();
        assertThat(sampler.peakRss("gone")).isZero();
        assertThat(sampler.cpuSeconds()).containsOnlyKeys("self");
    }
}
