package io.newswire.sink.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.topics.NewswireTopics;
import io.newswire.platform.topics.TopicSpec;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docs/asyncapi.yaml cannot drift from the topic contract in code: same topics, same cleanup policies. */
class AsyncApiChannelsTest {
    static final Path DOCUMENT = Path.of(System.getProperty("basedir", ".")).resolve("../docs/asyncapi.yaml").normalize();

    @Test
    void everyContractTopicIsAChannelWithItsCleanupPolicy() throws Exception {
        JsonNode channels = new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile()).get("channels");
        Map<String, JsonNode> byAddress = new HashMap<>();
        channels.forEach(channel -> byAddress.put(channel.get("address").asText(), channel));

        List<TopicSpec> topics = new NewswireTopics(new ConfigLoader(CommonSettings.all()).load()).all();
        assertThat(byAddress.keySet()).containsExactlyInAnyOrderElementsOf(topics.stream().map(TopicSpec::name).toList());
        for (TopicSpec topic : topics) {
            JsonNode kafka = byAddress.get(topic.name()).get("bindings").get("kafka");
            assertThat(kafka.get("topic").asText()).isEqualTo(topic.name());
            assertThat(kafka.get("partitions").asInt()).as(topic.name()).isEqualTo(topic.partitions());
            assertThat(kafka.get("topicConfiguration").get("cleanup.policy").get(0).asText()).as(topic.name())
                    .isEqualTo(topic.cleanupPolicy());
            assertThat(byAddress.get(topic.name()).get("messages").size()).as(topic.name()).isPositive();
        }
    }
}
