package io.newswire.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A JVM that dies without a chance to clean up (SIGKILL) must not leave its schema registry running. */
class RegistryOrphanIT {

    @Test
    void theRegistryExitsWhenItsParentJvmIsKilled() throws Exception {
        Process parent = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-D" + RegistryJar.SYSTEM_PROPERTY + "=" + RegistryJar.locate(null),
                StartRegistryAndWait.class.getName()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long registryPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            registryPid = Long.parseLong(out.readLine().trim());
        }
        assertThat(ProcessHandle.of(registryPid)).get().matches(ProcessHandle::isAlive);

        parent.destroyForcibly().waitFor(10, TimeUnit.SECONDS); // SIGKILL: no shutdown hook runs

        Optional<ProcessHandle> registry = ProcessHandle.of(registryPid);
        if (registry.isPresent()) {
            registry.get().onExit().get(20, TimeUnit.SECONDS);
        }
    }

    /** The parent JVM: starts a registry, prints its process id, and waits to be killed. */
    public static final class StartRegistryAndWait {
        public static void main(String[] args) throws InterruptedException {
            EmbeddedSchemaRegistry registry = EmbeddedSchemaRegistry.builder().build().start();
            System.out.println(registry.pid());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
