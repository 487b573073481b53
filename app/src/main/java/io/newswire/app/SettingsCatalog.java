package io.newswire.app;

import io.newswire.app.local.LocalModeSettings;
import io.newswire.enrich.topology.EnrichSettings;
import io.newswire.ingest.IngestSettings;
import io.newswire.sink.SinkSettings;
import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Setting;
import java.util.List;

/** Every service's settings, grouped as in the README. Add a service's settings class here when it lands. */
final class SettingsCatalog {
    private SettingsCatalog() {
    }

    record Group(String title, List<Setting<?>> settings) {
    }

    static List<Setting<?>> all() {
        return groups().stream().flatMap(g -> g.settings().stream()).toList();
    }

    static List<Group> groups() {
        return List.of(
                new Group("Common (every service)", CommonSettings.all()),
                new Group("Ingest (newswire ingest)", IngestSettings.all()),
                new Group("Enrich (newswire enrich)", EnrichSettings.all()),
                new Group("Sink (newswire sink)", SinkSettings.all()),
                new Group("Local mode (newswire local, broker, registry)", LocalModeSettings.all()));
    }
}
