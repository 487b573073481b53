package io.newswire.testkit;

import java.util.Map;

/**
 * A running Kafka broker and schema registry for integration tests, shared by every test class of the JVM. Obtain it
 * from {@link NewswireStackExtension} (see {@link NewswireStackTest}); it is stopped when the test run ends.
 */
public interface NewswireStack {

    /** The {@code bootstrap.servers} value for Kafka clients. */
    String bootstrapServers();

    /** The Confluent-compatible {@code schema.registry.url}. */
    String schemaRegistryUrl();

    /** The properties an {@code Admin} (or any other Kafka client) needs to reach the broker. */
    Map<String, Object> adminProperties();

    /**
     * A name no other test of this run gets, for topics, consumer groups and subjects: the shared broker keeps what
     * earlier tests created. Made of {@code prefix}, a counter and a random part, all legal in a topic name.
     */
    String uniqueName(String prefix);
}
