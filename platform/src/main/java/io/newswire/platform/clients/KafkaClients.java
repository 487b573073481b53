package io.newswire.platform.clients;

import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.serde.SerdeConfig;
import io.newswire.serde.SpecificAvroSerde;
import io.newswire.serde.registry.RestClientSettings;
import io.newswire.serde.registry.RestSchemaRegistryClient;
import io.newswire.serde.registry.SchemaRegistryClient;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Turns a service's {@link Config} into Kafka client and serde settings, so every client newswire creates sees the
 * same pass-through properties (security, timeouts) and registry credentials.
 */
public final class KafkaClients {
    /**
     * Batch size of every newswire producer. Kafka's 16 KiB default holds only three or four articles, so the broker
     * handled a request per handful of records; 256 KiB cut the pipeline's CPU per article by a quarter
     * (docs/performance.md).
     */
    public static final int PRODUCER_BATCH_BYTES = 256 * 1024;

    private KafkaClients() {
    }

    /** Every {@code kafka.*} property; the basis of admin, producer, consumer and Streams configs. */
    public static Map<String, Object> common(Config config) {
        return new HashMap<>(config.kafkaProperties());
    }

    /** The producer settings newswire's Kafka Streams applications change, unless {@code kafka.*} already sets them. */
    public static void putStreamsProducerDefaults(Properties streamsProps) {
        String batchSize = StreamsConfig.producerPrefix(ProducerConfig.BATCH_SIZE_CONFIG);
        if (!streamsProps.containsKey(ProducerConfig.BATCH_SIZE_CONFIG) && !streamsProps.containsKey(batchSize)) {
            streamsProps.put(batchSize, PRODUCER_BATCH_BYTES);
        }
    }

    public static Admin admin(Config config) {
        Map<String, Object> props = common(config);
        props.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "newswire-admin");
        return Admin.create(props);
    }

    /** The serde's configuration in Confluent's key names: registry URL and credentials, then any {@code serde.*}. */
    public static Map<String, Object> serdeConfig(Config config) {
        Map<String, Object> props = new HashMap<>();
        props.put(SerdeConfig.SCHEMA_REGISTRY_URL, config.get(CommonSettings.SCHEMA_REGISTRY_URL));
        config.find(CommonSettings.SCHEMA_REGISTRY_USER_INFO).ifPresent(userInfo -> {
            props.put(SerdeConfig.BASIC_AUTH_CREDENTIALS_SOURCE, SerdeConfig.CREDENTIALS_SOURCE_USER_INFO);
            props.put(SerdeConfig.BASIC_AUTH_USER_INFO, userInfo);
        });
        props.putAll(config.serdeProperties());
        return props;
    }

    /** A configured value serde for one of the contract's record types. */
    public static <T extends SpecificRecord> SpecificAvroSerde<T> valueSerde(Config config) {
        SpecificAvroSerde<T> serde = new SpecificAvroSerde<>();
        serde.configure(serdeConfig(config), false);
        return serde;
    }

    /** A registry client for administrative calls (compatibility, registration), not cached. */
    public static SchemaRegistryClient registry(Config config) {
        return registry(config, UnaryOperator.identity());
    }

    /** A registry client with adjusted connection settings, e.g. short timeouts for a health probe. */
    public static SchemaRegistryClient registry(Config config, UnaryOperator<RestClientSettings> adjust) {
        RestClientSettings settings = RestClientSettings.forUrls(
                Arrays.asList(config.get(CommonSettings.SCHEMA_REGISTRY_URL).split(",")), false);
        return new RestSchemaRegistryClient(adjust.apply(config.find(CommonSettings.SCHEMA_REGISTRY_USER_INFO)
                .map(settings::withBasicAuth).orElse(settings)));
    }
}
