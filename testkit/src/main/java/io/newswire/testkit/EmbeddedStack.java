package io.newswire.testkit;

import io.newswire.local.LocalStack;

/** The default stack: {@link LocalStack} on free ports with temporary data, no Docker needed. */
final class EmbeddedStack extends SharedStack {

    private final LocalStack stack;

    private EmbeddedStack(LocalStack stack) {
        this.stack = stack;
    }

    static EmbeddedStack start() {
        return new EmbeddedStack(LocalStack.builder().build().start());
    }

    @Override
    public String bootstrapServers() {
        return stack.bootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return stack.schemaRegistryUrl();
    }

    @Override
    void close() {
        stack.close();
    }

    @Override
    public String toString() {
        return "embedded stack (Kafka " + bootstrapServers() + ", schema registry " + schemaRegistryUrl() + ")";
    }
}
