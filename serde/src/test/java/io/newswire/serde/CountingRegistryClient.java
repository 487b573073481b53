package io.newswire.serde;

import io.newswire.serde.registry.CompatibilityCheck;
import io.newswire.serde.registry.CompatibilityLevel;
import io.newswire.serde.registry.RegisteredSchema;
import io.newswire.serde.registry.SchemaRegistryClient;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.avro.Schema;

/** Passes calls on to another client and counts them by method name, to prove what the serdes cache. */
final class CountingRegistryClient implements SchemaRegistryClient {

    private final SchemaRegistryClient delegate;
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();

    CountingRegistryClient(SchemaRegistryClient delegate) {
        this.delegate = delegate;
    }

    int calls(String method) {
        AtomicInteger count = calls.get(method);
        return count == null ? 0 : count.get();
    }

    private void count(String method) {
        calls.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
    }

    @Override
    public int register(String subject, Schema schema) {
        count("register");
        return delegate.register(subject, schema);
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        count("lookup");
        return delegate.lookup(subject, schema);
    }

    @Override
    public Schema schemaById(int id) {
        count("schemaById");
        return delegate.schemaById(id);
    }

    @Override
    public RegisteredSchema latest(String subject) {
        count("latest");
        return delegate.latest(subject);
    }

    @Override
    public CompatibilityLevel updateCompatibility(String subject, CompatibilityLevel level) {
        count("updateCompatibility");
        return delegate.updateCompatibility(subject, level);
    }

    @Override
    public CompatibilityLevel compatibility(String subject) {
        count("compatibility");
        return delegate.compatibility(subject);
    }

    @Override
    public CompatibilityCheck testCompatibility(String subject, Schema schema) {
        count("testCompatibility");
        return delegate.testCompatibility(subject, schema);
    }
}
