package io.newswire.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TempDir
    static Path dataDir;
    private static LocalStack stack;

    @BeforeAll
    static void startStack() {
        stack = LocalStack.builder().dataDir(dataDir).build().start();
    }

    @AfterAll
    static void stopStack() {
        stack.close();
    }

    @Test
    void theBrokerCarriesRecords() throws Exception {
        String topic = createTopic(stack.bootstrapServers());

        produce(stack.bootstrapServers(), topic, "key", "hello");

        assertThat(readAll(stack.bootstrapServers(), topic)).containsExactly("key=hello");
    }

    @Test
    void theRegistryServesTheConfluentApi() throws Exception {
        HttpResponse<String> subjects = get(stack.schemaRegistryUrl() + "/subjects");

        assertThat(stack.schemaRegistryUrl()).startsWith("http://127.0.0.1:").endsWith("/apis/ccompat/v7");
        assertThat(subjects.statusCode()).isEqualTo(200);
        assertThat(subjects.body()).isEqualTo("[]");
    }

    @Test
    void aRestartedBrokerKeepsItsRecordsAndAddress() throws Exception {
        String bootstrap = stack.bootstrapServers();
        String topic = createTopic(bootstrap);
        produce(bootstrap, topic, "before", "restart");

        stack.broker().stop();
        assertThat(stack.broker().isRunning()).isFalse();
        stack.broker().start();

        assertThat(stack.bootstrapServers()).isEqualTo(bootstrap);
        produce(bootstrap, topic, "after", "restart");
        assertThat(readAll(bootstrap, topic)).containsExactly("before=restart", "after=restart");
    }

    @Test
    void takenPreferredPortsAreAvoided() throws Exception {
        try (ServerSocket kafkaPort = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             ServerSocket registryPort = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             LocalStack own = LocalStack.builder().ports(kafkaPort.getLocalPort(), registryPort.getLocalPort()).build()) {

            assertThat(own.broker().port()).isPositive().isNotEqualTo(kafkaPort.getLocalPort());
            assertThat(own.schemaRegistry().port()).isPositive().isNotEqualTo(registryPort.getLocalPort());
        }
    }

    @Test
    void closeEndsTheRegistryProcessAndDeletesTemporaryData() {
        LocalStack own = LocalStack.builder().build().start();
        long registryPid = own.schemaRegistry().pid();
        Path brokerData = own.broker().dataDir();
        Path registryLog = own.schemaRegistry().logFile();
        assertThat(ProcessHandle.of(registryPid)).get().matches(ProcessHandle::isAlive);

        own.close();

        Optional<ProcessHandle> registry = ProcessHandle.of(registryPid);
        assertThat(registry.isEmpty() || !registry.get().isAlive()).as("registry process %d is gone", registryPid).isTrue();
        assertThat(brokerData).doesNotExist();
        assertThat(registryLog).doesNotExist();
    }

    static String createTopic(String bootstrap) throws Exception {
        String topic = "local-it-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        return topic;
    }

    static void produce(String bootstrap, String topic, String key, String value) throws Exception {
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class))) {
            producer.send(new ProducerRecord<>(topic, bytes(key), bytes(value))).get();
        }
    }

    /** Every record of the topic's only partition, as "key=value", read from the beginning. */
    static List<String> readAll(String bootstrap, String topic) {
        TopicPartition partition = new TopicPartition(topic, 0);
        List<String> records = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class))) {
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            long end = consumer.endOffsets(List.of(partition), TIMEOUT).get(partition);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    records.add(new String(r.key(), StandardCharsets.UTF_8) + "=" + new String(r.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return records;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
