package io.newswire.sink;

import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;

/**
 * The two topics the sink connects.
 *
 * @param enriched input: every enrichment result, and tombstones from {@code newswire articles delete}
 * @param articles output: the compacted table of the latest version of every article
 */
public record SinkTopics(String enriched, String articles) {

    public static SinkTopics from(Config config) {
        return new SinkTopics(config.get(CommonSettings.TOPIC_ENRICHED), config.get(CommonSettings.TOPIC_ARTICLES));
    }
}
