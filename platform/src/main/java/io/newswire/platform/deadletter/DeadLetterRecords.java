package io.newswire.platform.deadletter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
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
public final class DeadLetterRecords {
    /** Streams config key: which service writes the dead letters (DeadLetter.stage), e.g. enrich or sink. */
    public static final String STAGE_CONFIG = "newswire.dead-letter.stage";
    /** Streams config key: original key and value bytes are copied into a dead letter up to this size. */
    public static final String MAX_ORIGINAL_BYTES_CONFIG = "newswire.dead-letter.max.original.bytes";

    /** Streams config key: the MeterRegistry (an object, not text) the handlers count dead letters in. */
    public static final String METER_REGISTRY_CONFIG = "newswire.dead-letter.meter-registry";
    /** Counter of dead letters, tagged with stage and reason (the DeadLetter code); every service counts in it. */
    public static final String METER = "newswire.dead.letters";

    /** Keys are 64-character hashes by the topic contract; a far longer one is garbage, not worth copying. */
    private static final int MAX_KEY_BYTES = 1024;

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterRecords.class);

    private final String stage;
    private final String topic;
    private final Serializer<DeadLetter> serializer;
    private final long maxOriginalBytes;
    private final String host;
    private final Clock clock;
    private final MeterRegistry meters;

    DeadLetterRecords(String stage, String topic, Serializer<DeadLetter> serializer, long maxOriginalBytes, Clock clock,
                      MeterRegistry meters) {
        this.meters = meters;
        this.stage = stage;
        this.topic = topic;
        this.serializer = serializer;
        this.maxOriginalBytes = maxOriginalBytes;
        this.host = hostName();
        this.clock = clock;
    }

    /**
     * Puts what the dead-letter handlers need into a Kafka Streams configuration: the dead-letter topic, the stage
     * name and the copy limit, and the deserialization handler every newswire Streams app uses.
     */
    public static void configure(Map<Object, Object> streamsProps, String stage, String topic, long maxOriginalBytes) {
        streamsProps.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterDeserializationHandler.class);
        streamsProps.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, topic);
        streamsProps.put(STAGE_CONFIG, stage);
        streamsProps.put(MAX_ORIGINAL_BYTES_CONFIG, String.valueOf(maxOriginalBytes));
    }

    /** Makes the handlers count each dead letter in {@code meters} ({@value #METER}{stage, reason}). */
    public static void countIn(Map<Object, Object> streamsProps, MeterRegistry meters) {
        streamsProps.put(METER_REGISTRY_CONFIG, meters);
    }

    /** Counts one dead letter of {@code stage} for {@code reason}. */
    public static void count(MeterRegistry meters, String stage, String reason) {
        Counter.builder(METER).description("Records and files sent to the dead-letter topic")
                .tag("stage", stage).tag("reason", reason).register(meters).increment();
    }

    /** From the configuration Kafka Streams passes to a handler's {@code configure}, as {@link #configure} set it. */
    public static DeadLetterRecords fromStreamsConfig(Map<String, ?> configs) {
        Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        Object stage = configs.get(STAGE_CONFIG);
        Object maxBytes = configs.get(MAX_ORIGINAL_BYTES_CONFIG);
        if (topic == null || stage == null || maxBytes == null) {
            throw new IllegalStateException("newswire's dead-letter handlers need "
                    + StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG + ", " + STAGE_CONFIG + " and "
                    + MAX_ORIGINAL_BYTES_CONFIG + ": set them with DeadLetterRecords.configure");
        }
        SpecificAvroSerializer<DeadLetter> serializer = new SpecificAvroSerializer<>();
        serializer.configure(configs, false);
        // Without a registry (tests of a topology alone) the count goes to an empty composite, which keeps nothing.
        MeterRegistry meters = configs.get(METER_REGISTRY_CONFIG) instanceof MeterRegistry m ? m : new CompositeMeterRegistry();
        return new DeadLetterRecords(stage.toString(), topic.toString(), serializer, Long.parseLong(maxBytes.toString()),
                Clock.systemUTC(), meters);
    }

    /** The dead-letter topic. */
    public String topic() {
        return topic;
    }

    /**
     * The dead letter for one failed record, logged once with its reason.
     *
     * @param articleId the record's key as text, when known
     * @param key       the original key bytes, or null
     * @param value     the original value bytes, or null
     */
    public ProducerRecord<byte[], byte[]> deadLetter(DeadLetterFailure failure, ErrorHandlerContext context, String articleId,
                                              byte[] key, byte[] value) {
        StringBuilder detail = new StringBuilder(RecordFailures.describe(failure.error()));
        byte[] keptKey = kept("key", key, MAX_KEY_BYTES, detail);
        byte[] keptValue = kept("value", value, maxOriginalBytes, detail);
        DeadLetter letter = DeadLetter.newBuilder()
                .setStage(stage)
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
        count(meters, stage, failure.code());
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
    public static String keyText(Object key) {
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
