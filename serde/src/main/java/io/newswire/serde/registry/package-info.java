/**
 * A client for the Confluent Schema Registry REST API ({@link io.newswire.serde.registry.RestSchemaRegistryClient}),
 * a caching layer that keeps steady-state serialization free of HTTP calls
 * ({@link io.newswire.serde.registry.CachedSchemaRegistryClient}), and an in-memory registry for tests and
 * benchmarks ({@link io.newswire.serde.registry.MockSchemaRegistryClient}, reachable as {@code mock://scope}).
 *
 * <p>Every failure is a {@link io.newswire.serde.registry.SchemaRegistryException}, which is a Kafka
 * {@link org.apache.kafka.common.errors.SerializationException}, so that Kafka clients and Streams applications
 * treat it as the serialization error it causes.
 */
package io.newswire.serde.registry;
