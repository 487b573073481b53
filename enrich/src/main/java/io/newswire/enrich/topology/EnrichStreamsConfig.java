package io.newswire.enrich.topology;

import io.newswire.platform.clients.KafkaClients;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigException;
import io.newswire.platform.deadletter.DeadLetterRecords;
import io.newswire.platform.topics.NewswireTopics;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/** The Kafka Streams configuration of enrich, from the service's {@link Config}. */
public final class EnrichStreamsConfig {
    /** DeadLetter.stage of enrich's dead letters. */
    static final String STAGE = "enrich";
    /** Room for the DeadLetter fields around the original bytes, and for the record batch overhead. */
    private static final long RECORD_OVERHEAD = 64 << 10;
    /** The producer's own default max.request.size. */
    private static final long DEFAULT_MAX_REQUEST_SIZE = 1 << 20;

    private EnrichStreamsConfig() {
    }

    /**
     * Every {@code kafka.*} and serde property, then enrich's own: exactly-once v2, the dead-letter handlers and
     * explicit names for every internal resource, and newswire's producer batch size.
     */
    public static Properties properties(Config config) {
        long maxOutput = config.get(EnrichSettings.MAX_OUTPUT_BYTES);
        if (maxOutput > EnrichSettings.MAX_OUTPUT_BYTES_LIMIT) {
            throw new ConfigException(EnrichSettings.MAX_OUTPUT_BYTES.key() + "=" + maxOutput + " (from "
                    + config.sourceOf(EnrichSettings.MAX_OUTPUT_BYTES) + ") is too large: expected at most 3MiB, so "
                    + "that a dead letter carrying the original bytes fits the topics' 8MiB max.message.bytes");
        }
        // A dead letter copies up to twice enrich.max-output-bytes of the input: an input is about its output's size.
        long maxOriginal = 2 * maxOutput;
        Properties props = new Properties();
        props.putAll(KafkaClients.common(config));
        props.putAll(KafkaClients.serdeConfig(config));
        KafkaClients.putStreamsProducerDefaults(props);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, config.get(EnrichSettings.APPLICATION_ID));
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, config.get(EnrichSettings.THREADS));
        props.put(StreamsConfig.STATE_DIR_CONFIG, config.get(EnrichSettings.STATE_DIR).toAbsolutePath().toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, true);
        DeadLetterRecords.configure(props, STAGE, new NewswireTopics(config).dlq().name(), maxOriginal);
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProcessingHandler.class);
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterProductionHandler.class);
        // enrich has no global stores; enabling this now only opts in to the Kafka 5.0 default and silences a warning.
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        // A dead letter holds up to maxOriginal bytes of the input; the producer must accept it.
        String maxRequest = StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        if (!props.containsKey(ProducerConfig.MAX_REQUEST_SIZE_CONFIG) && !props.containsKey(maxRequest)) {
            props.put(maxRequest, (int) Math.max(DEFAULT_MAX_REQUEST_SIZE, maxOriginal + RECORD_OVERHEAD));
        }
        return props;
    }
}
