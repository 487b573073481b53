package io.newswire.serde;

import io.newswire.serde.registry.RestClientSettings;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.AbstractConfig;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.config.types.Password;

/**
 * Every configuration key the newswire Avro serdes read, with its type, default and meaning.
 *
 * <p>The keys, defaults and semantics are Confluent's, so a Kafka client or Streams configuration written for
 * {@code io.confluent.kafka.serializers.KafkaAvroSerializer} or
 * {@code io.confluent.kafka.streams.serdes.avro.SpecificAvroSerde} works unchanged with the newswire classes and the
 * other way round. Keys that Confluent's serdes know but these do not are ignored, as Kafka does with any unknown key.
 */
public final class SerdeConfig extends AbstractConfig {

    /**
     * Comma-separated base URLs of the schema registry, tried in order when one cannot be reached, e.g.
     * {@code http://registry:8081} or {@code http://localhost:8080/apis/ccompat/v7}. Credentials may be embedded
     * ({@code http://user:pass@host:8081}) when {@link #BASIC_AUTH_CREDENTIALS_SOURCE} is {@code URL}.
     * {@code mock://scope} selects the in-memory registry of that scope (see
     * {@link io.newswire.serde.registry.MockSchemaRegistry}), as Confluent's serdes do. Required unless the serde
     * was constructed with a registry client.
     */
    public static final String SCHEMA_REGISTRY_URL = "schema.registry.url";

    /**
     * Whether the serializer registers the value's schema under the subject (idempotent: an already registered
     * schema gets its existing id). When false, the serializer only looks the schema up and fails if the subject does
     * not hold it. Default {@code true}.
     */
    public static final String AUTO_REGISTER_SCHEMAS = "auto.register.schemas";

    /**
     * With {@code auto.register.schemas=false}: serialize with the latest schema registered under the subject instead
     * of the value's own schema, converting the value by Avro schema resolution when they differ. Ignored when
     * {@code auto.register.schemas=true}, as in Confluent's serializer. The latest version is fetched once per
     * subject and kept for the serializer's lifetime (Confluent's default). Default {@code false}.
     */
    public static final String USE_LATEST_VERSION = "use.latest.version";

    /**
     * For {@link KafkaAvroDeserializer}: return generated {@code SpecificRecord} classes (read with the class's
     * compiled schema as reader schema) instead of {@code GenericRecord}s read with the writer schema. The specific
     * serdes force it to true, the generic ones to false. Default {@code false}.
     */
    public static final String SPECIFIC_AVRO_READER = "specific.avro.reader";

    /**
     * With {@code specific.avro.reader=true}: the generated class to read record values as, whatever the writer
     * schema's name. Unset (the default): the class named by the writer schema.
     */
    public static final String SPECIFIC_AVRO_VALUE_TYPE = "specific.avro.value.type";

    /** As {@link #SPECIFIC_AVRO_VALUE_TYPE}, for record keys. */
    public static final String SPECIFIC_AVRO_KEY_TYPE = "specific.avro.key.type";

    /**
     * Where HTTP basic-auth credentials for the registry come from: {@code URL} (the user info embedded in
     * {@link #SCHEMA_REGISTRY_URL}; no authentication if there is none) or {@code USER_INFO}
     * ({@link #BASIC_AUTH_USER_INFO}). Default {@code URL}.
     */
    public static final String BASIC_AUTH_CREDENTIALS_SOURCE = "basic.auth.credentials.source";

    /** Credentials as {@code user:password}, used when {@code basic.auth.credentials.source=USER_INFO}. */
    public static final String BASIC_AUTH_USER_INFO = "basic.auth.user.info";

    /** Milliseconds to wait for a connection to the registry. Default 10 000 (Confluent's is 60 000). */
    public static final String HTTP_CONNECT_TIMEOUT_MS = "http.connect.timeout.ms";

    /** Milliseconds to wait for the registry's answer to a request. Default 30 000 (Confluent's is 60 000). */
    public static final String HTTP_READ_TIMEOUT_MS = "http.read.timeout.ms";

    /**
     * How the subject of a record value is named. Only Confluent's default, TopicNameStrategy ({@code <topic>-value}),
     * is supported; configuring another strategy fails rather than silently writing to a different subject.
     */
    public static final String VALUE_SUBJECT_NAME_STRATEGY = "value.subject.name.strategy";

    /** As {@link #VALUE_SUBJECT_NAME_STRATEGY}, for keys ({@code <topic>-key}). */
    public static final String KEY_SUBJECT_NAME_STRATEGY = "key.subject.name.strategy";

    /** Value of {@link #BASIC_AUTH_CREDENTIALS_SOURCE} taking credentials from the registry URL. */
    public static final String CREDENTIALS_SOURCE_URL = "URL";

    /** Value of {@link #BASIC_AUTH_CREDENTIALS_SOURCE} taking credentials from {@link #BASIC_AUTH_USER_INFO}. */
    public static final String CREDENTIALS_SOURCE_USER_INFO = "USER_INFO";

    /** Confluent's TopicNameStrategy, the only subject naming these serdes implement. */
    public static final String TOPIC_NAME_STRATEGY = "io.confluent.kafka.serializers.subject.TopicNameStrategy";

    private static final ConfigDef DEFINITION = new ConfigDef()
            .define(SCHEMA_REGISTRY_URL, Type.LIST, List.of(), Importance.HIGH,
                    "Comma-separated schema registry base URLs, or mock://scope for the in-memory registry.")
            .define(AUTO_REGISTER_SCHEMAS, Type.BOOLEAN, true, Importance.MEDIUM,
                    "Register the value's schema when serializing.")
            .define(USE_LATEST_VERSION, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Serialize with the subject's latest schema (only with auto.register.schemas=false).")
            .define(SPECIFIC_AVRO_READER, Type.BOOLEAN, false, Importance.MEDIUM,
                    "Deserialize into generated SpecificRecord classes instead of GenericRecord.")
            .define(SPECIFIC_AVRO_VALUE_TYPE, Type.CLASS, null, Importance.LOW,
                    "Generated class to read record values as.")
            .define(SPECIFIC_AVRO_KEY_TYPE, Type.CLASS, null, Importance.LOW,
                    "Generated class to read record keys as.")
            .define(BASIC_AUTH_CREDENTIALS_SOURCE, Type.STRING, CREDENTIALS_SOURCE_URL,
                    ConfigDef.ValidString.in(CREDENTIALS_SOURCE_URL, CREDENTIALS_SOURCE_USER_INFO), Importance.MEDIUM,
                    "Where basic-auth credentials come from: URL or USER_INFO.")
            .define(BASIC_AUTH_USER_INFO, Type.PASSWORD, "", Importance.MEDIUM,
                    "Basic-auth credentials as user:password (with USER_INFO).")
            .define(HTTP_CONNECT_TIMEOUT_MS, Type.INT, (int) RestClientSettings.DEFAULT_CONNECT_TIMEOUT.toMillis(),
                    ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Connect timeout for registry requests, in milliseconds.")
            .define(HTTP_READ_TIMEOUT_MS, Type.INT, (int) RestClientSettings.DEFAULT_READ_TIMEOUT.toMillis(),
                    ConfigDef.Range.atLeast(1), Importance.LOW,
                    "Answer timeout for registry requests, in milliseconds.")
            .define(VALUE_SUBJECT_NAME_STRATEGY, Type.STRING, TOPIC_NAME_STRATEGY, SerdeConfig::requireTopicNameStrategy,
                    Importance.LOW, "Subject naming for values; only TopicNameStrategy is supported.")
            .define(KEY_SUBJECT_NAME_STRATEGY, Type.STRING, TOPIC_NAME_STRATEGY, SerdeConfig::requireTopicNameStrategy,
                    Importance.LOW, "Subject naming for keys; only TopicNameStrategy is supported.");

    /**
     * Parses and validates a serde configuration; unknown keys are ignored.
     *
     * @throws ConfigException if a value has the wrong type or is not supported
     */
    public SerdeConfig(Map<String, ?> originals) {
        super(DEFINITION, originals, false);
        if (credentialsSource().equals(CREDENTIALS_SOURCE_USER_INFO) && !basicAuthUserInfo().contains(":")) {
            throw new ConfigException(BASIC_AUTH_USER_INFO, "[hidden]",
                    "must be user:password when " + BASIC_AUTH_CREDENTIALS_SOURCE + "=USER_INFO");
        }
    }

    /** {@value #SCHEMA_REGISTRY_URL}, split at commas; empty when unset. */
    public List<String> schemaRegistryUrls() {
        return getList(SCHEMA_REGISTRY_URL);
    }

    /** {@value #AUTO_REGISTER_SCHEMAS}. */
    public boolean autoRegisterSchemas() {
        return getBoolean(AUTO_REGISTER_SCHEMAS);
    }

    /** {@value #USE_LATEST_VERSION}. */
    public boolean useLatestVersion() {
        return getBoolean(USE_LATEST_VERSION);
    }

    /** {@value #SPECIFIC_AVRO_READER}. */
    public boolean specificAvroReader() {
        return getBoolean(SPECIFIC_AVRO_READER);
    }

    /** {@value #SPECIFIC_AVRO_KEY_TYPE} or {@value #SPECIFIC_AVRO_VALUE_TYPE}; null when unset. */
    public Class<?> specificAvroType(boolean isKey) {
        return getClass(isKey ? SPECIFIC_AVRO_KEY_TYPE : SPECIFIC_AVRO_VALUE_TYPE);
    }

    /** {@value #BASIC_AUTH_CREDENTIALS_SOURCE}: {@code URL} or {@code USER_INFO}. */
    public String credentialsSource() {
        return getString(BASIC_AUTH_CREDENTIALS_SOURCE);
    }

    /** {@value #BASIC_AUTH_USER_INFO}, empty when unset. */
    public String basicAuthUserInfo() {
        Password password = getPassword(BASIC_AUTH_USER_INFO);
        return password == null ? "" : password.value();
    }

    /** {@value #HTTP_CONNECT_TIMEOUT_MS}. */
    public int httpConnectTimeoutMs() {
        return getInt(HTTP_CONNECT_TIMEOUT_MS);
    }

    /** {@value #HTTP_READ_TIMEOUT_MS}. */
    public int httpReadTimeoutMs() {
        return getInt(HTTP_READ_TIMEOUT_MS);
    }

    private static void requireTopicNameStrategy(String name, Object value) {
        if (value != null && !TOPIC_NAME_STRATEGY.equals(value.toString().trim())) {
            throw new ConfigException(name, value, "only " + TOPIC_NAME_STRATEGY + " (<topic>-key / <topic>-value) is supported");
        }
    }
}
