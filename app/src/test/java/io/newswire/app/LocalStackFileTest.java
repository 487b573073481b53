package io.newswire.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.app.local.LocalStackFile;
import io.newswire.app.local.LocalStackFile.Owner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackFileTest {
    @TempDir
    Path dir;

    @Test
    void aLiveStackIsDiscovered() throws Exception {
        LocalStackFile.write(dir, "localhost:19092", "http://127.0.0.1:18081/apis/ccompat/v7");
        assertThat(LocalStackFile.discover(dir))
                .containsEntry("kafka.bootstrap.servers", "localhost:19092")
                .containsEntry("schema.registry.url", "http://127.0.0.1:18081/apis/ccompat/v7");
    }

    @Test
    void aNoteLeftByADeadProcessIsIgnored() throws Exception {
        Files.writeString(dir.resolve("stack.properties"),
                "kafka.bootstrap.servers=x:1\nschema.registry.url=http://x\npid=999999999\n");
        assertThat(LocalStackFile.discover(dir)).isEmpty();
    }

    @Test
    void aBrokerAndARegistryStartedSeparatelyTogetherGiveBothEndpoints() throws Exception {
        LocalStackFile.write(dir, Owner.BROKER, Map.of("kafka.bootstrap.servers", "127.0.0.1:29092"));
        LocalStackFile.write(dir, Owner.REGISTRY, Map.of("schema.registry.url", "http://127.0.0.1:28081/apis/ccompat/v7"));
        assertThat(LocalStackFile.discover(dir))
                .containsEntry("kafka.bootstrap.servers", "127.0.0.1:29092")
                .containsEntry("schema.registry.url", "http://127.0.0.1:28081/apis/ccompat/v7")
                .hasSize(2);
        assertThat(LocalStackFile.runningBroker(dir))
                .hasValueSatisfying(who -> assertThat(who).startsWith("newswire broker (pid "));

        LocalStackFile.delete(dir, Owner.BROKER);
        assertThat(LocalStackFile.discover(dir)).containsOnlyKeys("schema.registry.url");
        assertThat(LocalStackFile.runningBroker(dir)).isEmpty();
        assertThat(LocalStackFile.runningRegistry(dir)).isPresent();
    }

    @Test
    void aRunningLocalStackRunsBothABrokerAndARegistry() throws Exception {
        LocalStackFile.write(dir, "a:1", "http://b");
        assertThat(LocalStackFile.runningBroker(dir)).hasValueSatisfying(who -> assertThat(who).startsWith("newswire local"));
        assertThat(LocalStackFile.runningRegistry(dir)).isPresent();
    }

    @Test
    void noNoteNoEndpoints() throws Exception {
        LocalStackFile.write(dir, "a:1", "http://b");
        LocalStackFile.delete(dir);
        assertThat(LocalStackFile.discover(dir)).isEmpty();
    }
}
