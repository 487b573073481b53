package io.newswire.serde.registry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;

/**
 * Remembers what another client answered so that each schema id, each (subject, schema) pair and each subject's
 * latest version is asked for once: steady-state serialization and deserialization make no registry calls.
 * Thread-safe; concurrent first requests for the same key make a single call. Failures are not remembered, so a
 * registry that comes back is used again.
 *
 * <p>Ids and registered schemas never change in a registry, so those entries never expire. The latest version of a
 * subject is kept for this client's lifetime, like Confluent's client with its default {@code latest.cache.ttl.sec}.
 * Compatibility settings and checks are passed through uncached.
 */
public final class CachedSchemaRegistryClient implements SchemaRegistryClient {

    private record SubjectSchema(String subject, Schema schema) {
    }

    private final SchemaRegistryClient delegate;
    private final Map<Integer, Schema> schemasById = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, Integer> registeredIds = new ConcurrentHashMap<>();
    private final Map<SubjectSchema, RegisteredSchema> lookups = new ConcurrentHashMap<>();
    private final Map<String, RegisteredSchema> latestBySubject = new ConcurrentHashMap<>();

    public CachedSchemaRegistryClient(SchemaRegistryClient delegate) {
        this.delegate = delegate;
    }

    @Override
    public int register(String subject, Schema schema) {
        return registeredIds.computeIfAbsent(new SubjectSchema(subject, schema), key -> {
            int id = delegate.register(subject, schema);
            schemasById.putIfAbsent(id, schema);
            return id;
        });
    }

    @Override
    public RegisteredSchema lookup(String subject, Schema schema) {
        return lookups.computeIfAbsent(new SubjectSchema(subject, schema), key -> {
            RegisteredSchema found = delegate.lookup(subject, schema);
            schemasById.putIfAbsent(found.id(), schema);
            return found;
        });
    }

    @Override
    public Schema schemaById(int id) {
        return schemasById.computeIfAbsent(id, delegate::schemaById);
    }

    @Override
    public RegisteredSchema latest(String subject) {
        return latestBySubject.computeIfAbsent(subject, key -> {
            RegisteredSchema latest = delegate.latest(subject);
            schemasById.putIfAbsent(latest.id(), latest.schema());
            return latest;
        });
    }

    @Override
    public CompatibilityLevel updateCompatibility(String subject, CompatibilityLevel level) {
        return delegate.updateCompatibility(subject, level);
    }

    @Override
    public CompatibilityLevel compatibility(String subject) {
        return delegate.compatibility(subject);
    }

    @Override
    public CompatibilityCheck testCompatibility(String subject, Schema schema) {
        return delegate.testCompatibility(subject, schema);
    }

    @Override
    public String toString() {
        return "CachedSchemaRegistryClient[" + delegate + "]";
    }
}
