package io.newswire.testkit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Which stack each integration test class of this JVM was given. */
final class StackSightings {

    private static final Map<Class<?>, NewswireStack> SEEN = new ConcurrentHashMap<>();

    private StackSightings() {
    }

    static void record(Class<?> testClass, NewswireStack stack) {
        SEEN.put(testClass, stack);
    }

    static Map<Class<?>, NewswireStack> all() {
        return Map.copyOf(SEEN);
    }
}
