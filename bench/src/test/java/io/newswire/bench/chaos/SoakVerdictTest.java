package io.newswire.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import io.newswire.bench.chaos.JvmSampler.JvmSample;
import io.newswire.bench.chaos.SoakRun.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntToLongFunction;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

class SoakVerdictTest {
    private static final long MIB = 1024 * 1024;

    @Test
    void aHeapThatOnlyGrowsDuringWarmUpIsFlat() {
        List<Sample> samples = samples(minute -> (minute < 10 ? 40 + 5L * minute : 90) * MIB, minute -> 30);
        SoakVerdict v = SoakVerdict.judge(Role.ENRICH, samples, 1.0, 5);
        assertThat(v.flat()).isTrue();
        assertThat(v.heapSlopeMibPerMinute()).isCloseTo(0.0, offset(1e-9));
    }

    @Test
    void aHeapGrowingTwoMibAMinuteIsALeak() {
        SoakVerdict v = SoakVerdict.judge(Role.ENRICH, samples(minute -> (50 + 2L * minute) * MIB, minute -> 30), 1.0, 5);
        assertThat(v.flat()).isFalse();
        assertThat(v.heapSlopeMibPerMinute()).isCloseTo(2.0, offset(1e-9));
    }

    @Test
    void threadsThatKeepGrowingAreNotFlat() {
        SoakVerdict v = SoakVerdict.judge(Role.SINK, samples(minute -> 60 * MIB, minute -> 30 + minute), 1.0, 5);
        assertThat(v.flat()).isFalse();
        assertThat(v.threadsMax() - v.threadsMin()).isEqualTo(20);
    }

    @Test
    void heapFiguresOfEveryCollectorAreSummedOverTheGenerations() {
        long[] g1 = JvmSampler.heapUsedAndCapacity(" garbage-first heap   total 69632K, used 15903K [0x0, 0x1)\n"
                + "  region size 4096K, 0 young (0K), 0 survivors (0K)\n"
                + " Metaspace       used 9043K, committed 9280K, reserved 1114112K\n");
        assertThat(g1).containsExactly(15903 * 1024L, 69632 * 1024L);
        long[] serial = JvmSampler.heapUsedAndCapacity(" def new generation   total 4928K, used 1000K [0x0, 0x1, 0x2)\n"
                + "  eden space 4416K,  22% used [0x0, 0x1, 0x2)\n tenured generation   total 10944K, used 6000K [0x2, 0x3)\n");
        assertThat(serial).containsExactly(7000 * 1024L, 15872 * 1024L);
    }

    private static List<Sample> samples(IntToLongFunction heap, IntUnaryOperator threads) {
        List<Sample> samples = new ArrayList<>();
        for (int minute = 0; minute <= 30; minute++) {
            JvmSample j = new JvmSample(heap.applyAsLong(minute), 512 * MIB, threads.applyAsInt(minute), 300 * MIB);
            samples.add(new Sample(minute, minute * 1000L, Map.of(Role.ENRICH, j, Role.SINK, j),
                    new Backlog.Figures(0, 0, 0)));
        }
        return samples;
    }
}
