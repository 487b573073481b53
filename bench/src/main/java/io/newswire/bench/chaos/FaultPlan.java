package io.newswire.bench.chaos;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * What the chaos run breaks and when, drawn from a seed: SIGKILLs of ingest, enrich and sink (each at least once) and
 * one broker restart, spread over the drop phase so that consecutive faults are apart.
 */
record FaultPlan(List<Fault> faults) {
    static final long BROKER_PAUSE_MILLIS = 5_000;
    private static final long MIN_KILL_PAUSE_MILLIS = 1_000;
    private static final long MAX_KILL_PAUSE_MILLIS = 5_000;

    /**
     * One fault: at {@code atMillis} after the first drop, SIGKILL {@code role} (SIGTERM for the broker), then start
     * it again after {@code pauseMillis}.
     */
    record Fault(long atMillis, Role role, long pauseMillis) {
        boolean brokerRestart() {
            return role == Role.BROKER;
        }
    }

    /**
     * @param kills service kills, at least 3 so that each service is killed at least once
     * @param fromMillis start of the window the faults fall in, after the first drop
     * @param toMillis end of that window
     */
    static FaultPlan random(long seed, int kills, long fromMillis, long toMillis) {
        if (kills < Role.SERVICES.size()) {
            throw new IllegalArgumentException("At least " + Role.SERVICES.size() + " kills, one per service");
        }
        Random random = new Random(seed);
        List<Role> roles = new ArrayList<>(Role.SERVICES);
        while (roles.size() < kills) {
            roles.add(Role.SERVICES.get(random.nextInt(Role.SERVICES.size())));
        }
        Collections.shuffle(roles, random);
        roles.add(random.nextInt(roles.size() + 1), Role.BROKER);

        // One slot per fault; each fault falls in the middle 60 % of its slot, so two are at least 40 % of a slot apart.
        double slot = (double) (toMillis - fromMillis) / roles.size();
        List<Fault> faults = new ArrayList<>();
        for (int i = 0; i < roles.size(); i++) {
            long at = fromMillis + (long) (slot * (i + 0.2 + 0.6 * random.nextDouble()));
            Role role = roles.get(i);
            long pause = role == Role.BROKER ? BROKER_PAUSE_MILLIS
                    : MIN_KILL_PAUSE_MILLIS + random.nextInt((int) (MAX_KILL_PAUSE_MILLIS - MIN_KILL_PAUSE_MILLIS + 1));
            faults.add(new Fault(at, role, pause));
        }
        return new FaultPlan(List.copyOf(faults));
    }
}
