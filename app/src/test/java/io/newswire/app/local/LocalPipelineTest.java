package io.newswire.app.local;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.topology.EnrichSettings;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.config.ConfigLoader;
import io.newswire.platform.config.Setting;
import io.newswire.sink.SinkSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LocalPipelineTest {
    private static final Path DATA = Path.of("/data/local");

    @Test
    void enrichRunsOneThreadPerCoreUpToThePartitionCount() {
        assertThat(LocalPipeline.localDefaults(config(), DATA, 2).get(EnrichSettings.THREADS)).isEqualTo(2);
        assertThat(LocalPipeline.localDefaults(config(), DATA, 8).get(EnrichSettings.THREADS)).isEqualTo(4);
        assertThat(LocalPipeline.localDefaults(config("topics.partitions=6"), DATA, 8).get(EnrichSettings.THREADS)).isEqualTo(6);
        assertThat(LocalPipeline.localDefaults(config(), DATA, 1).get(EnrichSettings.THREADS)).isEqualTo(1);
        assertThat(LocalPipeline.localDefaults(config(), DATA, 2).sourceOf(EnrichSettings.THREADS)).isEqualTo("local mode (one per core)");
    }

    @Test
    void streamsStateGoesUnderTheDataFolder() {
        Config local = LocalPipeline.localDefaults(config(), DATA, 2);
        assertThat(local.get(EnrichSettings.STATE_DIR)).isEqualTo(DATA.resolve("enrich"));
        assertThat(local.get(SinkSettings.STATE_DIR)).isEqualTo(DATA.resolve("sink"));
    }

    @Test
    void explicitSettingsAreKept() {
        Config local = LocalPipeline.localDefaults(config("enrich.threads=1", "sink.state-dir=/elsewhere"), DATA, 2);
        assertThat(local.get(EnrichSettings.THREADS)).isEqualTo(1);
        assertThat(local.get(SinkSettings.STATE_DIR)).isEqualTo(Path.of("/elsewhere"));
    }

    private static Config config(String... flags) {
        List<Setting<?>> settings = new ArrayList<>(CommonSettings.all());
        settings.addAll(EnrichSettings.all());
        settings.addAll(SinkSettings.all());
        ConfigLoader loader = new ConfigLoader(settings);
        for (String flag : flags) {
            String[] kv = flag.split("=", 2);
            loader.flag(kv[0], kv[1]);
        }
        return loader.load();
    }
}
