package io.newswire.platform.config;

import java.time.Duration;
import java.util.List;

/** Settings every newswire service shares: where Kafka and the schema registry are, and the topic contract. */
public final class CommonSettings {
    private CommonSettings() {
    }

    public enum LogFormat { TEXT, JSON }

    public static final Setting<String> BOOTSTRAP_SERVERS = Setting.of("kafka.bootstrap.servers", ValueType.string(),
            "localhost:9092", "Kafka bootstrap servers. Any other Kafka client property can be set as kafka.<property> (e.g. kafka.security.protocol).");
    public static final Setting<String> SCHEMA_REGISTRY_URL = Setting.of("schema.registry.url", ValueType.string(),
            "http://localhost:8081", "Confluent-compatible schema registry URL(s), comma-separated. Other serde properties can be set as serde.<property>.");
    public static final Setting<String> SCHEMA_REGISTRY_USER_INFO = Setting.secret("schema.registry.basic-auth.user-info",
            ValueType.string(), "Registry basic-auth credentials as user:password (never logged; use the _FILE variable for a secrets file).");

    public static final Setting<String> TOPIC_RAW = Setting.of("topics.raw", ValueType.string(), "news.raw",
            "Topic ingest publishes RawArticle records to.");
    public static final Setting<String> TOPIC_ENRICHED = Setting.of("topics.enriched", ValueType.string(), "news.enriched",
            "Topic enrich publishes EnrichedArticle records to.");
    public static final Setting<String> TOPIC_ARTICLES = Setting.of("topics.articles", ValueType.string(), "news.articles",
            "Compacted topic holding the latest EnrichedArticle per article id: the table other teams consume.");
    public static final Setting<String> TOPIC_DLQ = Setting.of("topics.dlq", ValueType.string(), "news.dlq",
            "Dead-letter topic: DeadLetter records for every rejected file or record.");
    public static final Setting<Integer> TOPIC_PARTITIONS = Setting.of("topics.partitions", ValueType.integer(1, 10_000), 4,
            "Partitions of the topics newswire creates (existing topics are left as they are). Four split evenly over 1, 2 or 4 enrich threads.");
    public static final Setting<Integer> TOPIC_REPLICATION = Setting.of("topics.replication-factor", ValueType.integer(-1, 32), -1,
            "Replication factor of the topics newswire creates; -1 takes the broker's default.replication.factor.");
    public static final Setting<Duration> RAW_RETENTION = Setting.of("topics.raw.retention", ValueType.duration(), Duration.ofDays(30),
            "Retention of news.raw; it is the replay source for re-enrichment, so keep it as long as you may want to replay.");
    public static final Setting<Duration> DLQ_RETENTION = Setting.of("topics.dlq.retention", ValueType.duration(), Duration.ofDays(30),
            "Retention of news.dlq.");
    public static final Setting<Duration> ARTICLES_MIN_COMPACTION_LAG = Setting.of("topics.articles.min-compaction-lag",
            ValueType.duration(), Duration.ofMinutes(10),
            "news.articles: how long a value stays readable before compaction may replace it, so consumers following the head see every update.");
    public static final Setting<Duration> ARTICLES_SEGMENT = Setting.of("topics.articles.segment", ValueType.duration(), Duration.ofHours(1),
            "news.articles: segment roll time; compaction only cleans closed segments, so this bounds how long duplicates linger.");
    public static final Setting<Duration> ARTICLES_DELETE_RETENTION = Setting.of("topics.articles.delete-retention",
            ValueType.duration(), Duration.ofDays(1),
            "news.articles: how long tombstones (deleted articles) stay readable, so consumers rebuilding the table see the delete.");

    public static final Setting<LogFormat> LOG_FORMAT = Setting.of("log.format", ValueType.oneOf(LogFormat.class), LogFormat.TEXT,
            "Log output: text for people, json for one JSON object per line.");

    public static final Setting<String> OPS_HOST = Setting.of("ops.host", ValueType.string(), "127.0.0.1",
            "Address the operations endpoints (/health, /ready, /metrics) bind to; 0.0.0.0 exposes them, e.g. to Prometheus or a container health check.");

    public static List<Setting<?>> all() {
        return List.of(BOOTSTRAP_SERVERS, SCHEMA_REGISTRY_URL, SCHEMA_REGISTRY_USER_INFO,
                TOPIC_RAW, TOPIC_ENRICHED, TOPIC_ARTICLES, TOPIC_DLQ, TOPIC_PARTITIONS, TOPIC_REPLICATION,
                RAW_RETENTION, DLQ_RETENTION, ARTICLES_MIN_COMPACTION_LAG, ARTICLES_SEGMENT, ARTICLES_DELETE_RETENTION,
                LOG_FORMAT, OPS_HOST);
    }
}
