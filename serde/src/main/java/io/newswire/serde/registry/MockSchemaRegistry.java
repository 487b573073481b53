package io.newswire.serde.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-memory registries behind {@code schema.registry.url=mock://scope}: every serde configured with the same
 * scope shares one {@link MockSchemaRegistryClient}, as with Confluent's {@code MockSchemaRegistry}.
 */
public final class MockSchemaRegistry {

    /** The URL scheme that selects an in-memory registry. */
    public static final String MOCK_URL_PREFIX = "mock://";

    private static final Map<String, MockSchemaRegistryClient> SCOPES = new ConcurrentHashMap<>();

    private MockSchemaRegistry() {
    }

    /** The registry of a scope, created empty on first use. */
    public static MockSchemaRegistryClient getClientForScope(String scope) {
        return SCOPES.computeIfAbsent(scope, s -> new MockSchemaRegistryClient(MOCK_URL_PREFIX + s));
    }

    /** Forgets a scope's registry, e.g. after a test, so that the next use of the scope starts empty. */
    public static void dropScope(String scope) {
        SCOPES.remove(scope);
    }
}
