package io.newswire.enrich.topology;

import io.newswire.avro.DeadLetter;
import io.newswire.serde.SpecificAvroSerializer;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failed record into a news.dlq record: an Avro {@link DeadLetter} (news.dlq has that one schema) with the
 * reason, the error, where the record came from and its original bytes. The exception handlers return these records
 * to Kafka Streams (KIP-1034), which writes them in the same transaction as the task's output and offsets.
 */
final class DeadLetterRecords {
    static final String STAGE = "enrich";

    /** Keys are 64-character hashes by the topic contract; a far longer one is garbage, not worth copying. */
    private static final int MAX_KEY_BYTES = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRecords.class);

    private final String topic;
    private final Serializer<DeadLetter> serializer;
    private final long maxOriginalBytes;
    private final String host;
    private final Clock clock;

    DeadLetterRecords(String topic, Serializer<DeadLetter> serializer, long maxOriginalBytes, Clock clock) {
        this.topic = topic;
        this.serializer = serializer;
        this.maxOriginalBytes = maxOriginalBytes;
        this.host = hostName();
        this.clock = clock;
    }

    /**
     * From the configuration Kafka Streams passes to a handler's {@code configure}: the dead-letter topic
     * ({@value StreamsConfig#ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG}), the serde keys and the copy limit that
     * {@link EnrichStreamsConfig} put there.
     */
    static DeadLetterRecords fromStreamsConfig(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        Object maxBytes = configs.get(EnrichStreamsConfig.MAX_ORIGINAL_BYTES_CONFIG);
        if (topic == null || maxBytes == null) {
            throw new IllegalStateException("enrich's exception handlers need "
                    + StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG + " and "
                    + EnrichStreamsConfig.MAX_ORIGINAL_BYTES_CONFIG + ": build the Streams config with EnrichStreamsConfig");
        }
        SpecificAvroSerializer<DeadLetter> serializer = new SpecificAvroSerializer<>();
        serializer.configure(configs, false);
        long maxOriginalBytes = Long.parseLong(maxBytes.toString());
        return new DeadLetterRecords(topic.toString(), serializer, maxOriginalBytes, Clock.systemUTC());
    }

    /** The dead-letter topic. */
    String topic() {
        return topic;
    }

    /**
     * The dead letter for one failed record, logged once with its reason.
     *
     * @param articleId the record's key as text, when known
     * @param key       the original key bytes, or null
     * @param value     the original value bytes, or null
     */
    ProducerRecord<byte[], byte[]> deadLetter(Failure failure, ErrorHandlerContext context, String articleId,
                                              byte[] key, byte[] value) {
        StringBuilder detail = new StringBuilder(RecordFailures.describe(failure.error()));
        byte[] keptKey = kept("key", key, MAX_KEY_BYTES, detail);
        byte[] keptValue = kept("value", value, maxOriginalBytes, detail);
        DeadLetter letter = DeadLetter.newBuilder()
                .setStage(STAGE)
                .setCode(failure.code())
                .setReason(failure.reason())
                .setDetail(detail.toString())
                .setErrorClass(failure.error().getClass().getName())
                .setOccurredAt(clock.instant())
                .setHost(host)
                .setArticleId(keptKey == null && key != null ? null : articleId)
                .setSourceTopic(context.topic())
                .setSourcePartition(context.partition())
                .setSourceOffset(context.offset())
                .setSizeBytes(value == null ? null : (long) value.length)
                .setOriginalKey(keptKey == null ? null : ByteBuffer.wrap(keptKey))
                .setOriginalValue(keptValue == null ? null : ByteBuffer.wrap(keptValue))
                .build();
        LOG.warn("dead letter {} for {}-{}@{} (article {}): {} [{}: {}]", failure.code(), context.topic(),
                context.partition(), context.offset(), letter.getArticleId(), failure.reason(), letter.getErrorClass(),
                letter.getDetail());
        return new ProducerRecord<>(topic, null, keptKey, serializer.serialize(topic, letter));
    }

    /** The original bytes if they fit the dead letter, else null and a note in the detail. */
    private static byte[] kept(String what, byte[] bytes, long limit, StringBuilder detail) {
        if (bytes == null || bytes.length <= limit) {
            return bytes;
        }
        detail.append("; original ").append(what).append(" of ").append(bytes.length).append(" bytes not copied (limit ")
                .append(limit).append(" bytes): read it at the source offset");
        return null;
    }

    /** A key as text, for {@code DeadLetter.articleId}; keys are UTF-8 strings by the topic contract. */
    static String keyText(Object key) {
        if (key instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return key == null ? null : key.toString();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
