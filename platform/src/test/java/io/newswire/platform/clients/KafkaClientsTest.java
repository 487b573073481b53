package io.newswire.platform.clients;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.ConfigLoader;
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
}
