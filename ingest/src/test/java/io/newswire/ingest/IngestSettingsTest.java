package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.platform.config.ConfigException;
import io.newswire.platform.config.Setting;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestSettingsTest {

    @Test
    void everyKeyIsUnderIngestDocumentedAndUnique() {
        List<Setting<?>> all = IngestSettings.all();
        assertThat(all).extracting(Setting::key).doesNotHaveDuplicates().allMatch(k -> k.startsWith("ingest."));
        assertThat(all).allMatch(s -> s.doc().endsWith("."));
    }

    @Test
    void defaults() {
        var c = IngestServiceTest.config(List.of());
        assertThat(c.get(IngestSettings.INBOX)).isEqualTo(Path.of("inbox"));
        assertThat(c.get(IngestSettings.STABLE_TIME)).isEqualTo(Duration.ofMillis(100));
        assertThat(c.get(IngestSettings.MAX_FILE_SIZE)).isEqualTo(10L << 20);
        assertThat(c.get(IngestSettings.DONE_POLICY)).isEqualTo(IngestSettings.DonePolicyKind.MOVE);
        assertThat(c.get(IngestSettings.FOLLOW_SYMLINKS)).isFalse();
        assertThat(InboxLayout.of(c).done()).isEqualTo(Path.of("inbox/done").toAbsolutePath());
    }

    @Test
    void aBadValueIsAConfigException() {
        assertThatThrownBy(() -> IngestServiceTest.config(List.of("ingest.done-policy=archive")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("ingest.done-policy").hasMessageContaining("move, delete");
        assertThatThrownBy(() -> IngestServiceTest.config(List.of("ingest.max-file-size=ten")))
                .isInstanceOf(ConfigException.class);
    }
}
