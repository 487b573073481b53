package io.newswire.serde;

import io.newswire.testkit.NewswireStack;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Kafka clients for the integration tests, configured the way applications configure them: by class name. */
final class StackKafka {

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private StackKafka() {
    }

    static String createTopic(NewswireStack stack, String prefix) throws Exception {
        String topic = stack.uniqueName(prefix);
        try (Admin admin = Admin.create(stack.adminProperties())) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
        return topic;
    }

    /** Sends every value, keyed by {@code keys}, with a value serializer named by class in the producer config. */
    static <V> void produce(NewswireStack stack, String topic, Class<?> valueSerializer, Map<String, ?> serdeConfig,
                            List<String> keys, List<V> values) throws Exception {
        Map<String, Object> config = new HashMap<>(serdeConfig);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, valueSerializer.getName());
        config.put(SerdeConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl());
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(config)) {
            for (int i = 0; i < values.size(); i++) {
                producer.send(new ProducerRecord<>(topic, keys.get(i), values.get(i))).get();
            }
        }
    }

    /** Reads {@code count} records from the start of the topic with a value deserializer named by class. */
    static <V> List<ConsumerRecord<String, V>> consume(NewswireStack stack, String topic, Class<?> valueDeserializer,
                                                       Map<String, ?> serdeConfig, int count) {
        try (KafkaConsumer<String, V> consumer = new KafkaConsumer<>(consumerConfig(stack, valueDeserializer, serdeConfig))) {
            consumer.subscribe(Set.of(topic));
            List<ConsumerRecord<String, V>> records = new ArrayList<>();
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (records.size() < count && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
            return records;
        }
    }

    static Map<String, Object> consumerConfig(NewswireStack stack, Class<?> valueDeserializer, Map<String, ?> serdeConfig) {
        Map<String, Object> config = new HashMap<>(serdeConfig);
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, stack.uniqueName("serde-it-group"));
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, valueDeserializer.getName());
        config.put(SerdeConfig.SCHEMA_REGISTRY_URL, stack.schemaRegistryUrl());
        return config;
    }
}
