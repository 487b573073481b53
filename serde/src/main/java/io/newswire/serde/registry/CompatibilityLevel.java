package io.newswire.serde.registry;

/**
 * The compatibility levels of the Confluent Schema Registry: which earlier versions of a subject a new schema is
 * checked against, and in which direction. BACKWARD means consumers using the new schema can read data written with
 * the previous one; the TRANSITIVE variants check against every earlier version instead of only the latest.
 */
public enum CompatibilityLevel {
    NONE,
    BACKWARD,
    BACKWARD_TRANSITIVE,
    FORWARD,
    FORWARD_TRANSITIVE,
    FULL,
    FULL_TRANSITIVE;

    /** Whether a new schema must be readable by/able to read every earlier version, not just the latest. */
    public boolean transitive() {
        return name().endsWith("_TRANSITIVE");
    }

    /** Whether the new schema must be able to read data written with earlier ones. */
    public boolean checksBackward() {
        return name().startsWith("BACKWARD") || name().startsWith("FULL");
    }

    /** Whether earlier schemas must be able to read data written with the new one. */
    public boolean checksForward() {
        return name().startsWith("FORWARD") || name().startsWith("FULL");
    }
}
