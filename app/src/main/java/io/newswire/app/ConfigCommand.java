package io.newswire.app;

import io.newswire.platform.config.Setting;
import io.newswire.platform.config.SettingsTable;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists every configuration key; the README's configuration table is this command's Markdown output. */
@Command(name = "config", description = "List every configuration key with its environment variable, default and meaning.")
final class ConfigCommand implements Callable<Integer> {
    @Option(names = "--markdown", description = "Print Markdown tables (as in the README).")
    boolean markdown;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        for (SettingsCatalog.Group group : SettingsCatalog.groups()) {
            if (markdown) {
                out.println("#### " + group.title() + "\n");
                out.println(SettingsTable.markdown(group.settings()));
            } else {
                out.println(group.title() + ":");
                for (Setting<?> s : group.settings()) {
                    out.printf("  %-40s %-45s %s%n      %s%n", s.key(), s.envName(),
                            s.defaultText().isEmpty() ? "" : "[default " + s.defaultText() + "]", s.doc());
                }
                out.println();
            }
        }
        return 0;
    }
}
