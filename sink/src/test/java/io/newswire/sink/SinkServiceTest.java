package io.newswire.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.config.Setting;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.junit.jupiter.api.Test;

class SinkServiceTest {

    @Test
    void runsExactlyOnceAndAdvertisesItsQueryApi() {
        Config config = config("kafka.security.protocol=SASL_SSL", "sink.application-id=team-sink");
        Properties props = SinkService.streamsProperties(config, new HostInfo("sink-1.internal", 8080));

        assertThat(props.get(StreamsConfig.PROCESSING_GUARANTEE_CONFIG)).isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
        assertThat(props.get(StreamsConfig.APPLICATION_SERVER_CONFIG)).isEqualTo("sink-1.internal:8080");
        assertThat(props.get(StreamsConfig.APPLICATION_ID_CONFIG)).isEqualTo("team-sink");
        assertThat(props.get("security.protocol")).isEqualTo("SASL_SSL");
    }

    @Test
    void advertisesTheBindAddressUnlessItIsAWildcard() throws Exception {
        assertThat(SinkService.advertisedHost(config())).isEqualTo("127.0.0.1");
        assertThat(SinkService.advertisedHost(config("sink.http.host=0.0.0.0")))
                .isEqualTo(InetAddress.getLocalHost().getCanonicalHostName());
        assertThat(SinkService.advertisedHost(config("sink.http.host=0.0.0.0", "sink.http.advertised-host=sink-2")))
                .isEqualTo("sink-2");
    }

    private static Config config(String... flags) {
        List<Setting<?>> settings = new ArrayList<>(CommonSettings.all());
        settings.addAll(SinkSettings.all());
        ConfigLoader loader = new ConfigLoader(settings);
        for (String flag : flags) {
            loader.flag(flag);
        }
        return loader.load();
    }
}
