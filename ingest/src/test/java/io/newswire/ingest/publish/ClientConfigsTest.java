package io.newswire.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.ingest.IngestSettings;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.config.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

class ClientConfigsTest {

    @Test
    void producerIsIdempotentWithAcksAllWhateverIsConfigured() {
        Map<String, Object> p = ClientConfigs.producer(config("kafka.acks=1", "kafka.enable.idempotence=false",
                "kafka.compression.type=zstd"), "c");
        assertThat(p).containsEntry(ProducerConfig.ACKS_CONFIG, "all")
                .containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
                .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd")
                .containsEntry(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
    }

    @Test
    void recordsUpToTheFileSizeLimitFitAndTimeoutsAreConsistent() {
        Map<String, Object> p = ClientConfigs.producer(config("ingest.max-file-size=10MiB", "ingest.send-timeout=5s",
                "kafka.linger.ms=50"), "c");
        assertThat((Integer) p.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)).isGreaterThan(3 * (10 << 20));
        long delivery = ((Number) p.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG)).longValue();
        long linger = Long.parseLong(p.get(ProducerConfig.LINGER_MS_CONFIG).toString());
        long request = ((Number) p.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG)).longValue();
        assertThat(delivery).isGreaterThanOrEqualTo(linger + request);
    }

    static Config config(String... assignments) {
        List<Setting<?>> all = new ArrayList<>(CommonSettings.all());
        all.addAll(IngestSettings.all());
        ConfigLoader loader = new ConfigLoader(all);
        for (String a : assignments) {
            loader.flag(a);
        }
        return loader.load();
    }
}
