package io.newswire.platform.ops;

import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KafkaStreams.State;

/**
 * Readiness of a Kafka Streams application: ready while RUNNING, and while REBALANCING once it has been RUNNING (a
 * rebalance of a working application is routine, and its threads keep their other tasks); not ready while starting,
 * after an error, or when stopping. Feed it every state change with {@link #onChange}.
 */
public final class StreamsReadiness implements ReadinessCheck, KafkaStreams.StateListener {
    private final String name;
    private volatile State state = State.CREATED;
    private volatile boolean hasRun;

    public StreamsReadiness(String name) {
        this.name = name;
    }

    @Override
    public void onChange(State now, State before) {
        if (now == State.RUNNING) {
            hasRun = true;
        } else if (now != State.REBALANCING) {
            hasRun = false;
        }
        state = now;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Readiness check() {
        State s = state;
        boolean ready = s == State.RUNNING || s == State.REBALANCING && hasRun;
        return new Readiness(ready, "Kafka Streams state " + s);
    }
}
