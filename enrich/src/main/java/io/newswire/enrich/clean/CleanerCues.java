package io.newswire.enrich.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cue lists the cleaner matches whole lines against, read from {@code cues.txt} on the class path and
 * optionally extended by a user file in the same format.
 */
public final class CleanerCues {

    /** The lists in the cue file. */
    public enum Section { BOILERPLATE, COPYRIGHT, RELATED, COMMENTS, BIO, END, NAV }

    private static final String RESOURCE = "/io/newswire/enrich/clean/cues.txt";
    /** Cues are written in lower case and matched against the lower-cased line: no case folding per character. */
    private static final int FLAGS = 0;

    private static final String CONTAINS = "~ ";

    private final Map<Section, CueList> whole = new EnumMap<>(Section.class);
    private final Map<Section, CueList> contains = new EnumMap<>(Section.class);

    /**
     * A section's cues, found through their literal prefixes: one {@link LiteralMatcher} pass over a line tells where
     * a cue can start, and only that cue is tried there, instead of every cue at every character. Cues whose prefixes
     * can't be told ({@link LiteralPrefixes}) are tried everywhere, as a plain search.
     */
    private static final class CueList {
        private final Pattern[] patterns;
        /** The cues without known prefixes. */
        private final int[] anywhere;
        /** All prefixes of the other cues; null when there are none. */
        private final LiteralMatcher prefixes;
        /** The cue each prefix belongs to. */
        private final int[] cueOfPrefix;

        CueList(List<String> cues) {
            patterns = cues.stream().map(c -> Pattern.compile(c, FLAGS)).toArray(Pattern[]::new);
            List<Integer> unknown = new ArrayList<>();
            List<String> literals = new ArrayList<>();
            List<Integer> owners = new ArrayList<>();
            for (int c = 0; c < cues.size(); c++) {
                Set<String> starts = LiteralPrefixes.of(cues.get(c));
                if (starts == null) {
                    unknown.add(c);
                } else {
                    for (String start : starts) {
                        literals.add(start);
                        owners.add(c);
                    }
                }
            }
            anywhere = unknown.stream().mapToInt(Integer::intValue).toArray();
            prefixes = literals.isEmpty() ? null : new LiteralMatcher(literals);
            cueOfPrefix = owners.stream().mapToInt(Integer::intValue).toArray();
        }

        boolean matchesWhole(String line) {
            for (int c : anywhere) {
                if (patterns[c].matcher(line).matches()) {
                    return true;
                }
            }
            return prefixes != null && prefixes.findPrefixes(line, (start, prefix) -> patterns[cueOfPrefix[prefix]].matcher(line).matches());
        }

        /** Whether a cue matches somewhere in the line (what {@code find()} of their alternation tells). */
        boolean occursIn(String line) {
            for (int c : anywhere) {
                if (patterns[c].matcher(line).find()) {
                    return true;
                }
            }
            return prefixes != null && prefixes.find(line, (start, prefix) -> matchesAt(patterns[cueOfPrefix[prefix]], line, start));
        }

        /** A match starting at {@code start}, with {@code ^} and {@code \b} seeing the whole line. */
        private static boolean matchesAt(Pattern cue, String line, int start) {
            Matcher m = cue.matcher(line);
            m.useTransparentBounds(true);
            m.useAnchoringBounds(false);
            m.region(start, line.length());
            return m.lookingAt();
        }
    }

    private CleanerCues(Map<Section, List<String>> lists) {
        for (Section s : Section.values()) {
            List<String> list = lists.getOrDefault(s, List.of());
            // Whole-line cues and "~" cues apart, as they are matched differently.
            whole.put(s, cueList(list.stream().filter(c -> !c.startsWith(CONTAINS)).toList()));
            contains.put(s, cueList(list.stream().filter(c -> c.startsWith(CONTAINS)).map(c -> c.substring(CONTAINS.length())).toList()));
        }
    }

    private static CueList cueList(List<String> cues) {
        return cues.isEmpty() ? null : new CueList(cues);
    }

    public static CleanerCues defaults() {
        return Holder.DEFAULTS;
    }

    /** The default cues extended by a user file. */
    public static CleanerCues load(Path userFile) throws IOException {
        Map<Section, List<String>> lists = readDefaults();
        try (BufferedReader r = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
            read(r, lists, userFile.toString());
        }
        return new CleanerCues(lists);
    }

    /**
     * Whether the (trimmed) line matches one of the section's whole-line cues or contains one of its "~" cues.
     *
     * @param line the line in lower case ({@code toLowerCase(Locale.ROOT)})
     */
    public boolean matches(Section section, String line) {
        CueList w = whole.get(section);
        CueList c = contains.get(section);
        return w != null && w.matchesWhole(line) || c != null && c.occursIn(line);
    }

    private static Map<Section, List<String>> readDefaults() {
        Map<Section, List<String>> lists = new EnumMap<>(Section.class);
        try (InputStream in = CleanerCues.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), lists, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lists;
    }

    private static void read(BufferedReader reader, Map<Section, List<String>> lists, String origin) throws IOException {
        Section current = null;
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            if (l.startsWith("[") && l.endsWith("]")) {
                current = Section.valueOf(l.substring(1, l.length() - 1).toUpperCase(Locale.ROOT));
                continue;
            }
            if (current == null) {
                throw new IllegalArgumentException(origin + ":" + number + ": cue before any [section]");
            }
            try {
                Pattern.compile(l.startsWith(CONTAINS) ? l.substring(CONTAINS.length()) : l, FLAGS);
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new IllegalArgumentException(origin + ":" + number + ": bad cue: " + e.getDescription(), e);
            }
            lists.computeIfAbsent(current, k -> new ArrayList<>()).add(l);
        }
    }

    private static final class Holder {
        static final CleanerCues DEFAULTS = new CleanerCues(readDefaults());
    }
}
