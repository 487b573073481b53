package io.newswire.platform.topics;

import static io.newswire.platform.config.CommonSettings.ARTICLES_DELETE_RETENTION;
import static io.newswire.platform.config.CommonSettings.ARTICLES_MIN_COMPACTION_LAG;
import static io.newswire.platform.config.CommonSettings.ARTICLES_SEGMENT;
import static io.newswire.platform.config.CommonSettings.DLQ_RETENTION;
import static io.newswire.platform.config.CommonSettings.RAW_RETENTION;
import static io.newswire.platform.config.CommonSettings.TOPIC_ARTICLES;
import static io.newswire.platform.config.CommonSettings.TOPIC_DLQ;
import static io.newswire.platform.config.CommonSettings.TOPIC_ENRICHED;
import static io.newswire.platform.config.CommonSettings.TOPIC_PARTITIONS;
import static io.newswire.platform.config.CommonSettings.TOPIC_RAW;
import static io.newswire.platform.config.CommonSettings.TOPIC_REPLICATION;

import io.newswire.platform.config.Config;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The topic contract, declared once: news.raw, news.enriched, news.articles (compacted) and news.dlq with the
 * configs newswire creates them with. Names, partitions and replication come from the configuration.
 */
public final class NewswireTopics {
    /** Records up to this size pass; an article is far smaller, a bigger record is a bug or an attack. */
    static final String MAX_MESSAGE_BYTES = String.valueOf(8 << 20);
    /**
     * news.raw holds whole files up to ingest.max-file-size (10 MiB by default), which decoding to UTF-8 can make up to
     * three times larger.
     */
    static final String RAW_MAX_MESSAGE_BYTES = String.valueOf(32 << 20);

    private final TopicSpec raw;
    private final TopicSpec enriched;
    private final TopicSpec articles;
    private final TopicSpec dlq;

    public NewswireTopics(Config config) {
        int partitions = config.get(TOPIC_PARTITIONS);
        int rf = config.get(TOPIC_REPLICATION);
        Optional<Short> replication = rf < 0 ? Optional.empty() : Optional.of((short) rf);
        Map<String, String> rawConfigs = deleteAfter(config.get(RAW_RETENTION));
        rawConfigs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, RAW_MAX_MESSAGE_BYTES);
        raw = new TopicSpec(config.get(TOPIC_RAW), partitions, replication, rawConfigs);
        enriched = new TopicSpec(config.get(TOPIC_ENRICHED), partitions, replication,
                deleteAfter(config.get(RAW_RETENTION)));
        articles = new TopicSpec(config.get(TOPIC_ARTICLES), partitions, replication, Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                TopicConfig.MIN_COMPACTION_LAG_MS_CONFIG, millis(config.get(ARTICLES_MIN_COMPACTION_LAG)),
                TopicConfig.SEGMENT_MS_CONFIG, millis(config.get(ARTICLES_SEGMENT)),
                TopicConfig.DELETE_RETENTION_MS_CONFIG, millis(config.get(ARTICLES_DELETE_RETENTION)),
                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES));
        dlq = new TopicSpec(config.get(TOPIC_DLQ), partitions, replication, deleteAfter(config.get(DLQ_RETENTION)));
    }

    public TopicSpec raw() {
        return raw;
    }

    public TopicSpec enriched() {
        return enriched;
    }

    public TopicSpec articles() {
        return articles;
    }

    public TopicSpec dlq() {
        return dlq;
    }

    public List<TopicSpec> all() {
        return List.of(raw, enriched, articles, dlq);
    }

    private static Map<String, String> deleteAfter(Duration retention) {
        Map<String, String> m = new HashMap<>();
        m.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE);
        m.put(TopicConfig.RETENTION_MS_CONFIG, millis(retention));
        m.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, MAX_MESSAGE_BYTES);
        return m;
    }

    private static String millis(Duration d) {
        return String.valueOf(d.toMillis());
    }
}
