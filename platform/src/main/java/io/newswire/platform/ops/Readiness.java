package io.newswire.platform.ops;

/**
 * The answer of one {@link ReadinessCheck}.
 *
 * @param ready  whether this part of the service can do its work now
 * @param detail what was seen, for a person reading {@code /ready}
 */
public record Readiness(boolean ready, String detail) {

    public static Readiness ready(String detail) {
        return new Readiness(true, detail);
    }

    public static Readiness notReady(String detail) {
        return new Readiness(false, detail);
    }
}
