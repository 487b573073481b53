package io.newswire.platform.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigLoader;
import java.util.Properties;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class KafkaClientsTest {

    @Test
    void serdeTakesTheRegistryCredentialsAndPassThroughKeys() {
        var config = new ConfigLoader(CommonSettings.all())
                .flag("schema.registry.url=http://r:8081")
                .flag("schema.registry.basic-auth.user-info=u:p")
                .flag("serde.auto.register.schemas=false")
                .load();
        assertThat(KafkaClients.serdeConfig(config))
                .containsEntry("schema.registry.url", "http://r:8081")
                .containsEntry("basic.auth.credentials.source", "USER_INFO")
                .containsEntry("basic.auth.user.info", "u:p")
                .containsEntry("auto.register.schemas", "false");
    }

    @Test
    void kafkaPassThroughReachesEveryClient() {
        var config = new ConfigLoader(CommonSettings.all()).flag("kafka.security.protocol=SASL_SSL").load();
        assertThat(KafkaClients.common(config))
                .containsEntry("security.protocol", "SASL_SSL")
                .containsEntry("bootstrap.servers", "localhost:9092");
    }

    @Test
    void streamsProducersGetNewswiresBatchSize() {
        Properties props = streamsProps(new ConfigLoader(CommonSettings.all()).load());
        KafkaClients.putStreamsProducerDefaults(props);
        assertThat(new StreamsConfig(props).getProducerConfigs("client"))
                .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, KafkaClients.PRODUCER_BATCH_BYTES);
    }

    @Test
    void aBatchSizeFromKafkaPassThroughWins() {
        Properties props = streamsProps(new ConfigLoader(CommonSettings.all()).flag("kafka.batch.size=32768").load());
        KafkaClients.putStreamsProducerDefaults(props);
        assertThat(new StreamsConfig(props).getProducerConfigs("client"))
                .containsEntry(ProducerConfig.BATCH_SIZE_CONFIG, "32768");
    }

    private static Properties streamsProps(Config config) {
        Properties props = new Properties();
        props.putAll(KafkaClients.common(config));
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "app");
        return props;
    }
}
