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
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
     * A section's cues, indexed by the character a match can start with: a line is tried only against the cues that
     * can start at its characters (one alternation per character), instead of against every cue of the section.
     * Cues whose first character can't be told go into every alternation.
     */
    private static final class CueList {
        /** Latin, Greek and Cyrillic first characters by index (no boxing per character); others in a map. */
        private final Pattern[] byLowChar = new Pattern[0x500];
        private final Map<Character, Pattern> byFirstChar = new HashMap<>();
        /** The cues that may start with any character; null when there are none. */
        private final Pattern anyStart;
        private final Pattern all;

        CueList(List<String> cues) {
            Map<Character, List<String>> starting = new HashMap<>();
            List<String> any = new ArrayList<>();
            for (String cue : cues) {
                BitSet first = FirstChars.of(cue);
                if (first == null) {
                    any.add(cue);
                } else {
                    first.stream().forEach(c -> starting.computeIfAbsent((char) c, k -> new ArrayList<>()).add(cue));
                }
            }
            starting.forEach((c, list) -> {
                List<String> all = new ArrayList<>(list);
                all.addAll(any);
                if (c < byLowChar.length) {
                    byLowChar[c] = alternation(all);
                } else {
                    byFirstChar.put(c, alternation(all));
                }
            });
            anyStart = any.isEmpty() ? null : alternation(any);
            all = alternation(cues);
        }

        private Pattern startingWith(char c) {
            return c < byLowChar.length ? byLowChar[c] : byFirstChar.get(c);
        }

        private Pattern at(char c) {
            Pattern p = startingWith(c);
            return p != null ? p : anyStart;
        }

        boolean matchesWhole(String line) {
            Pattern p = line.isEmpty() ? anyStart : at(line.charAt(0));
            return p != null && p.matcher(line).matches();
        }

        /** {@code find()} of the whole alternation, tried only where a cue can start. */
        boolean occursIn(String line) {
            if (anyStart != null) {
                return all.matcher(line).find();
            }
            for (int i = 0; i < line.length(); i++) {
                Pattern p = startingWith(line.charAt(i));
                if (p != null) {
                    Matcher m = p.matcher(line);
                    m.useTransparentBounds(true);
                    m.useAnchoringBounds(false);
                    m.region(i, line.length());
                    if (m.lookingAt()) {
                        return true;
                    }
                }
            }
            return false;
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

    private static Pattern alternation(List<String> cues) {
        return Pattern.compile("(?:" + String.join("|", cues) + ")", FLAGS);
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
