package io.newswire.app;

import io.newswire.platform.config.CommonSettings;
import io.newswire.platform.config.Config;
import io.newswire.platform.topics.ContractBootstrap;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code newswire init}: puts the topic contract in place on a cluster and exits (topics with their configs, subjects
 * BACKWARD_TRANSITIVE with the current schemas). Every service does this at start-up too; this is the one-shot for
 * deployments where topics are created by an init job, e.g. the docker-compose stack.
 */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create newswire's topics and set up its schema registry subjects, then exit.")
final class InitCommand implements Callable<Integer> {
    @Mixin
    ConfigOptions options;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Config config = options.load(List.of());
        ContractBootstrap.run(config);
        spec.commandLine().getOut().printf("newswire: topics and schemas are in place on %s (registry %s)%n",
                config.get(CommonSettings.BOOTSTRAP_SERVERS), config.get(CommonSettings.SCHEMA_REGISTRY_URL));
        return 0;
    }
}
