package io.newswire.platform.ops;

import java.util.function.Supplier;

/**
 * One condition a service needs to do its work (Kafka Streams running, the producer delivering, the registry
 * answering). {@code /ready} answers 200 only while every registered check is ready. Checks are asked on every
 * request, so they must answer from state they already hold, never by calling out.
 */
public interface ReadinessCheck {

    /** Short name shown in {@code /ready}, e.g. {@code enrich-streams}. */
    String name();

    Readiness check();

    static ReadinessCheck of(String name, Supplier<Readiness> check) {
        return new ReadinessCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public Readiness check() {
                return check.get();
            }
        };
    }
}
