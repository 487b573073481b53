package io.newswire.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.bench.chaos.FaultPlan.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaultPlanTest {
    @Test
    void killsEveryServiceAtLeastOnceAndRestartsTheBrokerOnceInsideTheWindow() {
        for (long seed = 0; seed < 50; seed++) {
            List<Fault> faults = FaultPlan.random(seed, 6, 30_000, 170_000).faults();
            assertThat(faults).hasSize(7);
            assertThat(faults).filteredOn(Fault::brokerRestart).hasSize(1);
            assertThat(faults).extracting(Fault::role).containsAll(Role.SERVICES);
            assertThat(faults).allSatisfy(f -> assertThat(f.atMillis()).isBetween(30_000L, 170_000L));
            assertThat(faults).filteredOn(f -> !f.brokerRestart())
                    .allSatisfy(f -> assertThat(f.pauseMillis()).isBetween(1_000L, 5_000L));
        }
    }

    @Test
    void consecutiveFaultsAreApartByAtLeastTwoFifthsOfASlot() {
        List<Fault> faults = FaultPlan.random(7, 6, 0, 140_000).faults();
        for (int i = 1; i < faults.size(); i++) {
            assertThat(faults.get(i).atMillis() - faults.get(i - 1).atMillis()).isGreaterThanOrEqualTo(140_000 / 7 * 2 / 5);
        }
    }

    @Test
    void theSameSeedGivesTheSamePlan() {
        assertThat(FaultPlan.random(42, 5, 0, 100_000)).isEqualTo(FaultPlan.random(42, 5, 0, 100_000));
        assertThat(FaultPlan.random(42, 5, 0, 100_000)).isNotEqualTo(FaultPlan.random(43, 5, 0, 100_000));
    }

    @Test
    void fewerKillsThanServicesAreRefused() {
        assertThatThrownBy(() -> FaultPlan.random(1, 2, 0, 1000)).hasMessageContaining("one per service");
    }
}
