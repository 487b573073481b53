package io.newswire.platform.config;

import java.util.Collection;
import java.util.stream.Collectors;

/** Renders settings as the Markdown table in the README, so the documentation is generated from the declarations. */
public final class SettingsTable {
    private SettingsTable() {
    }

    public static String markdown(Collection<Setting<?>> settings) {
        String rows = settings.stream()
                .map(s -> "| `" + s.key() + "` | `" + s.envName() + "` | " + cell(s) + " | " + s.doc().replace("|", "\\|") + " |")
                .collect(Collectors.joining("\n"));
        return "| key | environment variable | default | meaning |\n|---|---|---|---|\n" + rows + "\n";
    }

    private static String cell(Setting<?> s) {
        String d = s.defaultText();
        return d.isEmpty() ? "" : "`" + d + "`";
    }
}
