package io.newswire.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThreadCpuTest {
    @Test
    void threadsAreGroupedByWhatTheyDo() {
        assertThat(ThreadCpu.group("newswire-enrich")).isEqualTo("enrich stream threads");
        assertThat(ThreadCpu.group("newswire-sink-b")).isEqualTo("sink stream thread");
        assertThat(ThreadCpu.group("C2 CompilerThre")).isEqualTo("JIT compiler");
        assertThat(ThreadCpu.group("GC Thread#1")).isEqualTo("garbage collector");
        assertThat(ThreadCpu.group("kafka-log-clean")).isEqualTo("kafka-log-clean");
        assertThat(ThreadCpu.group("RocksDB:low-12")).isEqualTo("RocksDB:low");
    }

    @Test
    void sharesAreOfTheCpuUsedSinceTheStartByThreadId() {
        // Thread 3 is new, thread 4 ended before the end; both count, with what their readings saw.
        Map<String, Double> shares = ThreadCpu.shares(Map.of(1L, 100L, 2L, 50L, 4L, 0L), Map.of(
                1L, new ThreadCpu.Reading("a", 300L), 2L, new ThreadCpu.Reading("b", 150L),
                3L, new ThreadCpu.Reading("c", 60L), 4L, new ThreadCpu.Reading("c", 40L)));
        assertThat(shares).containsExactly(Map.entry("a", 0.5), Map.entry("b", 0.25), Map.entry("c", 0.25));
        assertThat(ThreadCpu.shares(Map.of(), Map.of())).isEmpty();
    }

    @Test
    void aThreadThatEndsWithinTheSpanStillCounts() throws InterruptedException {
        try (ThreadCpu cpu = ThreadCpu.follow(ProcessHandle.current().pid(), Duration.ofMillis(20))) {
            Thread busy = new Thread(() -> {
                long end = System.nanoTime() + 300_000_000L;
                long x = 0;
                while (System.nanoTime() < end) {
                    x += Long.numberOfTrailingZeros(x + System.nanoTime());
                }
                if (x == 42) {
                    System.out.println();
                }
            }, "spinner");
            busy.start();
            busy.join();
            Thread.sleep(100);
            assertThat(cpu.shares()).containsKey("spinner");
        }
    }

    @Test
    void thisProcessHasThreadsUsingCpu() {
        assertThat(ThreadCpu.read(ProcessHandle.current().pid()).values()).extracting(ThreadCpu.Reading::group)
                .contains("JIT compiler");
    }
}
