package io.newswire.ingest.watch;

import java.util.List;
import java.util.Locale;

/**
 * Names of files that are still being written, by the conventions of common writers: hidden dot-files (rsync, scp
 * and most tools write to ".name.xyz" and rename), and the temporary suffixes of editors, browsers and downloaders.
 * Such files are left alone until they are renamed to their final name.
 */
public final class IgnoredNames {
    private static final List<String> SUFFIXES = List.of(".tmp", ".part", ".partial", ".crdownload", ".swp", "~");

    private IgnoredNames() {
    }

    public static boolean isIgnored(String fileName) {
        if (fileName.startsWith(".")) {
            return true;
        }
        String lower = fileName.toLowerCase(Locale.ROOT);
        for (String suffix : SUFFIXES) {
            if (lower.endsWith(suffix)) {
                return true;
            }
        }
        return false;
    }
}
