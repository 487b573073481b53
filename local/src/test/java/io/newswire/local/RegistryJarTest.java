package io.newswire.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryJarTest {

    @TempDir
    Path dir;

    @Test
    void anExplicitPathComesFirst() throws IOException {
        Path explicit = jar("explicit.jar");

        assertThat(RegistryJar.locate(explicit, jar("property.jar").toString(),
                Map.of(RegistryJar.ENVIRONMENT_VARIABLE, jar("env.jar").toString()), dir)).isEqualTo(explicit);
    }

    @Test
    void theSystemPropertyComesBeforeTheEnvironment() throws IOException {
        Path property = jar("property.jar");

        assertThat(RegistryJar.locate(null, property.toString(),
                Map.of(RegistryJar.ENVIRONMENT_VARIABLE, jar("env.jar").toString()), dir)).isEqualTo(property);
    }

    @Test
    void theEnvironmentComesBeforeTheSearch() throws IOException {
        Path env = jar("env.jar");
        jar(RegistryJar.RELATIVE_PATH.toString());

        assertThat(RegistryJar.locate(null, null, Map.of(RegistryJar.ENVIRONMENT_VARIABLE, env.toString()), dir))
                .isEqualTo(env);
    }

    @Test
    void searchesUpwardFromTheWorkingDirectory() throws IOException {
        Path built = jar(RegistryJar.RELATIVE_PATH.toString());
        Path moduleDir = Files.createDirectories(dir.resolve("local/target"));

        assertThat(RegistryJar.locate(null, "", Map.of(), moduleDir)).isEqualTo(built);
    }

    @Test
    void aNamedJarThatDoesNotExistIsAnError() {
        assertThatThrownBy(() -> RegistryJar.locate(null, dir.resolve("missing.jar").toString(), Map.of(), dir))
                .hasMessageContaining(RegistryJar.SYSTEM_PROPERTY)
                .hasMessageContaining("missing.jar");
    }

    @Test
    void noJarAnywhereSaysHowToBuildIt() {
        assertThatThrownBy(() -> RegistryJar.locate(null, null, Map.of(), dir))
                .hasMessageContaining("-pl registry package")
                .hasMessageContaining(RegistryJar.RELATIVE_PATH.toString());
    }

    private Path jar(String relativePath) throws IOException {
        Path jar = dir.resolve(relativePath);
        Files.createDirectories(jar.getParent());
        return Files.writeString(jar, "not really a jar");
    }
}
