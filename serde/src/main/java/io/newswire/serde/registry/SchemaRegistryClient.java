package io.newswire.serde.registry;

import org.apache.avro.Schema;

/**
 * The schema registry operations the serdes (and tests or operators) need. Implementations are thread-safe; every
 * failure is a {@link SchemaRegistryException}.
 *
 * <p>{@link RestSchemaRegistryClient} speaks HTTP and caches nothing; wrap it in {@link CachedSchemaRegistryClient}
 * (the serdes do) so that steady-state serialization makes no HTTP calls. {@link MockSchemaRegistryClient} keeps
 * everything in memory.
 */
public interface SchemaRegistryClient {

    /**
     * Registers a schema under a subject, or finds it if it is already there ({@code POST /subjects/{s}/versions}).
     *
     * @return the schema's registry-wide id
     * @throws RegistryResponseException with error code 409 if the subject's compatibility level rejects the schema
     */
    int register(String subject, Schema schema);

    /**
     * Looks up an already registered schema under a subject ({@code POST /subjects/{s}}).
     *
     * @throws RegistryResponseException 404 with error code 40401 (unknown subject) or 40403 (schema not registered)
     */
    RegisteredSchema lookup(String subject, Schema schema);

    /**
     * The schema with a registry-wide id ({@code GET /schemas/ids/{id}}).
     *
     * @throws UnknownSchemaIdException if the registry has no schema with that id
     */
    Schema schemaById(int id);

    /**
     * The latest version registered under a subject ({@code GET /subjects/{s}/versions/latest}).
     *
     * @throws RegistryResponseException 404 with error code 40401 if the subject does not exist
     */
    RegisteredSchema latest(String subject);

    /** Sets a subject's compatibility level ({@code PUT /config/{s}}) and returns the level now in force. */
    CompatibilityLevel updateCompatibility(String subject, CompatibilityLevel level);

    /** A subject's compatibility level, or the global one if the subject has none ({@code GET /config/{s}}). */
    CompatibilityLevel compatibility(String subject);

    /**
     * Asks whether a schema could be registered under a subject given its compatibility level
     * ({@code POST /compatibility/subjects/{s}/versions/latest}); registers nothing.
     */
    CompatibilityCheck testCompatibility(String subject, Schema schema);
}
