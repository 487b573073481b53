package io.newswire.platform.topics;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.ConfigLoader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewswireTopicsTest {

    @Test
    void defaultContract() {
        NewswireTopics topics = new NewswireTopics(new ConfigLoader(CommonSettings.all()).load());
        assertThat(topics.all()).extracting(TopicSpec::name)
                .containsExactly("news.raw", "news.enriched", "news.articles", "news.dlq");
        assertThat(topics.articles().cleanupPolicy()).isEqualTo("compact");
        assertThat(topics.articles().configs())
                .containsEntry("min.compaction.lag.ms", "600000")
                .containsEntry("segment.ms", "3600000")
                .containsEntry("delete.retention.ms", "86400000");
        assertThat(topics.raw().cleanupPolicy()).isEqualTo("delete");
        assertThat(topics.raw().replicationFactor()).isEmpty();
        assertThat(topics.dlq().partitions()).isEqualTo(4);
    }

    @Test
    void namesPartitionsAndReplicationAreConfigurable() {
        NewswireTopics topics = new NewswireTopics(new ConfigLoader(CommonSettings.all()).env(Map.of(
                "NEWSWIRE_TOPICS_ARTICLES", "team.articles",
                "NEWSWIRE_TOPICS_PARTITIONS", "12",
                "NEWSWIRE_TOPICS_REPLICATION_FACTOR", "3")).load());
        assertThat(topics.articles().name()).isEqualTo("team.articles");
        assertThat(topics.articles().partitions()).isEqualTo(12);
        assertThat(topics.articles().replicationFactor()).contains((short) 3);
    }
}
