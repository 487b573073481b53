package io.newswire.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaBrokerTest {

    @TempDir
    Path dir;

    @Test
    void configuresOneCombinedNodeOnLoopback() {
        Properties p = EmbeddedKafkaBroker.brokerProperties(dir, 9092, 40000, Map.of());

        assertThat(p.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(p.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:40000");
        assertThat(p.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092");
        assertThat(p.getProperty("log.dirs")).isEqualTo(dir.toString());
        assertThat(p).containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.min.isr", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0")
                .containsEntry("auto.create.topics.enable", "false");
    }

    @Test
    void extraListenersAddToTheBuiltInOnesAndOtherPropertiesReplaceThem() {
        Properties p = EmbeddedKafkaBroker.brokerProperties(dir, 9092, 40000, Map.of(
                "listeners", "SASL_SSL://127.0.0.1:9093",
                "listener.security.protocol.map", "SASL_SSL:SASL_SSL",
                "auto.create.topics.enable", "true"));

        assertThat(p.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:40000,SASL_SSL://127.0.0.1:9093");
        assertThat(p.getProperty("listener.security.protocol.map"))
                .isEqualTo("PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT,SASL_SSL:SASL_SSL");
        assertThat(p.getProperty("auto.create.topics.enable")).isEqualTo("true");
    }

    @Test
    void wipeEmptiesAGivenDataFolderAndKeepingIsTheDefault() throws IOException {
        Path kept = Files.writeString(Files.createDirectories(dir.resolve("kept")).resolve("old-segment"), "x");
        Path wiped = Files.writeString(Files.createDirectories(dir.resolve("wiped")).resolve("old-segment"), "x");

        try (EmbeddedKafkaBroker a = EmbeddedKafkaBroker.builder().dataDir(kept.getParent()).build();
             EmbeddedKafkaBroker b = EmbeddedKafkaBroker.builder().dataDir(wiped.getParent()).wipe(true).build()) {
            assertThat(kept).exists();
            assertThat(wiped).doesNotExist();
            assertThat(b.dataDir()).isDirectory();
        }
        assertThat(kept).exists(); // a caller's folder outlives close()
    }

    @Test
    void aTemporaryDataFolderIsDeletedOnClose() {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().build();
        Path dataDir = broker.dataDir();
        assertThat(dataDir).isDirectory();

        broker.close();

        assertThat(dataDir).doesNotExist();
    }
}
