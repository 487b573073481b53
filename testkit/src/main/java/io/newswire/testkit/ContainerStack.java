package io.newswire.testkit;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The stack in Docker containers, for a check against the real Confluent Schema Registry: Apache Kafka and
 * {@code cp-schema-registry} on a private network. Chosen with {@code -Dnewswire.stack=testcontainers}.
 */
final class ContainerStack extends SharedStack {

    static final String KAFKA_IMAGE_PROPERTY = "newswire.stack.kafka-image";
    static final String SCHEMA_REGISTRY_IMAGE_PROPERTY = "newswire.stack.schema-registry-image";
    private static final String DEFAULT_KAFKA_IMAGE = "apache/kafka:4.1.0";
    private static final String DEFAULT_SCHEMA_REGISTRY_IMAGE = "confluentinc/cp-schema-registry:7.7.1";
    /** The listener the registry reaches Kafka on, inside the network. */
    private static final String KAFKA_INTERNAL_LISTENER = "kafka:19092";
    private static final int SCHEMA_REGISTRY_PORT = 8081;

    private final Network network;
    private final KafkaContainer kafka;
    private final GenericContainer<?> schemaRegistry;

    private ContainerStack() {
        network = Network.newNetwork();
        kafka = new KafkaContainer(DockerImageName.parse(System.getProperty(KAFKA_IMAGE_PROPERTY, DEFAULT_KAFKA_IMAGE)))
                .withNetwork(network)
                .withListener(KAFKA_INTERNAL_LISTENER);
        schemaRegistry = new GenericContainer<>(DockerImageName.parse(
                System.getProperty(SCHEMA_REGISTRY_IMAGE_PROPERTY, DEFAULT_SCHEMA_REGISTRY_IMAGE)))
                .withNetwork(network)
                .withNetworkAliases("schema-registry")
                .withEnv("SCHEMA_REGISTRY_HOST_NAME", "schema-registry")
                .withEnv("SCHEMA_REGISTRY_LISTENERS", "http://0.0.0.0:" + SCHEMA_REGISTRY_PORT)
                .withEnv("SCHEMA_REGISTRY_KAFKASTORE_BOOTSTRAP_SERVERS", "PLAINTEXT://" + KAFKA_INTERNAL_LISTENER)
                .withExposedPorts(SCHEMA_REGISTRY_PORT)
                .dependsOn(kafka)
                .waitingFor(Wait.forHttp("/subjects").forStatusCode(200));
    }

    static ContainerStack start() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            throw new IllegalStateException("-D" + NewswireStackExtension.STACK_PROPERTY + "=testcontainers needs a "
                    + "running Docker daemon (Testcontainers found none: see DOCKER_HOST or ~/.testcontainers.properties). "
                    + "Leave the property out to run the tests against the embedded stack, which needs no Docker.");
        }
        ContainerStack stack = new ContainerStack();
        try {
            stack.schemaRegistry.start(); // starts Kafka first (dependsOn)
        } catch (RuntimeException e) {
            stack.close();
            throw e;
        }
        return stack;
    }

    @Override
    public String bootstrapServers() {
        return kafka.getBootstrapServers();
    }

    @Override
    public String schemaRegistryUrl() {
        return "http://" + schemaRegistry.getHost() + ":" + schemaRegistry.getMappedPort(SCHEMA_REGISTRY_PORT);
    }

    @Override
    void close() {
        try {
            schemaRegistry.stop();
            kafka.stop();
        } finally {
            network.close();
        }
    }

    @Override
    public String toString() {
        return "Testcontainers stack (" + kafka.getDockerImageName() + ", " + schemaRegistry.getDockerImageName() + ")";
    }
}
