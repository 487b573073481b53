package io.newswire.bench.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

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
    void sharesAreOfTheCpuUsedBetweenTwoSnapshots() {
        Map<String, Double> shares = ThreadCpu.shares(Map.of("a", 100L, "b", 50L), Map.of("a", 400L, "b", 150L, "c", 100L));
        assertThat(shares).containsExactly(Map.entry("a", 0.6), Map.entry("b", 0.2), Map.entry("c", 0.2));
        assertThat(ThreadCpu.shares(Map.of(), Map.of())).isEmpty();
    }

    @Test
    void thisProcessHasThreadsUsingCpu() {
        assertThat(ThreadCpu.ticksByGroup(ProcessHandle.current().pid())).isNotEmpty().containsKey("JIT compiler");
    }
}
