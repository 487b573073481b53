package io.newswire.app.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDataFolderTest {
    @TempDir
    Path dir;

    @Test
    void wipeEmptiesEveryServicesStateButKeepsTheFolder() throws Exception {
        Files.createDirectories(dir.resolve("kafka/__cluster_metadata-0"));
        Files.writeString(dir.resolve("kafka/meta.properties"), "node.id=1");
        Files.createDirectories(dir.resolve("sink/newswire-sink/0_0/rocksdb"));
        Files.writeString(dir.resolve("stack.properties"), "pid=1");

        LocalDataFolder.wipe(dir);

        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void wipingTheClusterKeepsTheRegistryLogAndTheNotesOfOtherProcesses() throws Exception {
        Files.createDirectories(dir.resolve("kafka/__cluster_metadata-0"));
        Files.createDirectories(dir.resolve("enrich/newswire-enrich"));
        Files.createDirectories(dir.resolve("sink/newswire-sink/0_0/rocksdb"));
        Files.createDirectories(dir.resolve("registry"));
        Files.writeString(dir.resolve("registry/registry.log"), "started");
        Files.writeString(dir.resolve("registry.properties"), "pid=1");

        LocalDataFolder.wipeCluster(dir);

        assertThat(dir.resolve("kafka")).doesNotExist();
        assertThat(dir.resolve("enrich")).doesNotExist();
        assertThat(dir.resolve("sink")).doesNotExist();
        assertThat(dir.resolve("registry/registry.log")).hasContent("started");
        assertThat(dir.resolve("registry.properties")).exists();
    }

    @Test
    void aMissingFolderIsAlreadyWiped() throws Exception {
        LocalDataFolder.wipe(dir.resolve("never-created"));
        assertThat(dir.resolve("never-created")).doesNotExist();
    }
}
