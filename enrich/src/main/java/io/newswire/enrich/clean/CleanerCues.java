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
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

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

    /** Every set of sections, by its bits: a line's search returns one of these and allocates no set. */
    private static final List<Set<Section>> SECTION_SETS = IntStream.range(0, 1 << Section.values().length)
            .mapToObj(bits -> {
                Set<Section> set = EnumSet.noneOf(Section.class);
                for (Section section : Section.values()) {
                    if ((bits & bit(section)) != 0) {
                        set.add(section);
                    }
                }
                return Collections.unmodifiableSet(set);
            })
            .toList();

    private static int bit(Section section) {
        return 1 << section.ordinal();
    }

    private final Map<Section, List<String>> lists;
    private final CueIndex cues;

    /**
     * All sections' cues, found through their literal prefixes: one {@link LiteralMatcher} pass over a line tells where
     * a cue can start, and only that cue is tried there, instead of every cue of every section at every character.
     * Whole-line cues can only start the line, so their prefixes are walked from its start only; the "~" cues are
     * searched through the whole line. Cues whose prefixes can't be told ({@link LiteralPrefixes}) are tried
     * everywhere, as a plain search.
     */
    private static final class CueIndex {
        private final Pattern[] patterns;
        private final Section[] sectionOf;
        /** Whole-line cues must match the line; the others ("~" cues) may occur anywhere in it. */
        private final boolean[] whole;
        /** The cues without known prefixes. */
        private final int[] anywhere;
        /** Prefixes of the whole-line cues, and the cue each belongs to; null when there are none. */
        private final LiteralMatcher wholePrefixes;
        private final int[] wholeCueOfPrefix;
        /**
         * Prefixes of the "~" cues, and the cue each belongs to, then the markers; null when there are none. A literal
         * from {@code firstMarker} on is a marker.
         */
        private final LiteralMatcher containedPrefixes;
        private final int[] containedCueOfPrefix;
        private final int firstMarker;

        CueIndex(Map<Section, List<String>> lists, List<String> markers) {
            List<String> cues = new ArrayList<>();
            List<Section> sections = new ArrayList<>();
            lists.forEach((section, list) -> list.forEach(c -> {
                cues.add(c);
                sections.add(section);
            }));
            int n = cues.size();
            patterns = new Pattern[n];
            sectionOf = sections.toArray(Section[]::new);
            whole = new boolean[n];
            List<Integer> unknown = new ArrayList<>();
            List<String> wholeLiterals = new ArrayList<>();
            List<Integer> wholeOwners = new ArrayList<>();
            List<String> containedLiterals = new ArrayList<>();
            List<Integer> containedOwners = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                whole[c] = !cues.get(c).startsWith(CONTAINS);
                String cue = whole[c] ? cues.get(c) : cues.get(c).substring(CONTAINS.length());
                patterns[c] = Pattern.compile(cue, FLAGS);
                Set<String> starts = LiteralPrefixes.of(cue);
                if (starts == null) {
                    unknown.add(c);
                    continue;
                }
                for (String start : starts) {
                    (whole[c] ? wholeLiterals : containedLiterals).add(start);
                    (whole[c] ? wholeOwners : containedOwners).add(c);
                }
            }
            anywhere = ints(unknown);
            firstMarker = containedLiterals.size();
            containedLiterals.addAll(markers);
            wholePrefixes = wholeLiterals.isEmpty() ? null : new LiteralMatcher(wholeLiterals);
            wholeCueOfPrefix = ints(wholeOwners);
            containedPrefixes = containedLiterals.isEmpty() ? null : new LiteralMatcher(containedLiterals);
            containedCueOfPrefix = ints(containedOwners);
        }

        private static int[] ints(List<Integer> list) {
            return list.stream().mapToInt(Integer::intValue).toArray();
        }

        LineScan scan(String line) {
            Search search = new Search(line);
            for (int c : anywhere) {
                if (search.lacks(c) && (whole[c] ? patterns[c].matcher(line).matches() : patterns[c].matcher(line).find())) {
                    search.add(c);
                }
            }
            if (wholePrefixes != null) {
                wholePrefixes.findPrefixes(line, search, (s, start, prefix) -> s.tryWhole(prefix));
            }
            if (containedPrefixes != null) {
                containedPrefixes.find(line, search, (s, start, prefix) -> s.tryContained(start, prefix));
            }
            return new LineScan(SECTION_SETS.get(search.found), search.markers);
        }

        /** One line's search: the sections found so far (a bit each), whose cues need no more tries, and the markers. */
        private final class Search {
            private final String line;
            private int found;
            private long markers;

            Search(String line) {
                this.line = line;
            }

            boolean lacks(int cue) {
                return (found & bit(sectionOf[cue])) == 0;
            }

            void add(int cue) {
                found |= bit(sectionOf[cue]);
            }

            boolean tryWhole(int prefix) {
                int c = wholeCueOfPrefix[prefix];
                if (lacks(c) && patterns[c].matcher(line).matches()) {
                    add(c);
                }
                return false;
            }

            boolean tryContained(int start, int prefix) {
                if (prefix >= firstMarker) {
                    markers |= 1L << (prefix - firstMarker);
                    return false;
                }
                int c = containedCueOfPrefix[prefix];
                if (lacks(c) && matchesAt(patterns[c], line, start)) {
                    add(c);
                }
                return false;
            }
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

    private CleanerCues(Map<Section, List<String>> lists, List<String> markers) {
        if (markers.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most " + Long.SIZE + " markers");
        }
        this.lists = lists;
        cues = new CueIndex(lists, markers);
    }

    /** A line's sections, and which markers ({@link #withMarkers}) it contains: bit i for marker i. */
    record LineScan(Set<Section> sections, long markers) {
    }

    /**
     * These cues, searching also for the given substrings in the same pass over a line ({@link #scan}): that pass
     * costs less than a search for each.
     */
    CleanerCues withMarkers(List<String> markers) {
        return new CleanerCues(lists, markers);
    }

    /**
     * Every section {@link #matches} the line, and the markers it contains, found in one pass.
     *
     * @param line the line in lower case ({@code toLowerCase(Locale.ROOT)})
     */
    LineScan scan(String line) {
        return cues.scan(line);
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
        return new CleanerCues(lists, List.of());
    }

    /**
     * Whether the (trimmed) line matches one of the section's whole-line cues or contains one of its "~" cues.
     *
     * @param line the line in lower case ({@code toLowerCase(Locale.ROOT)})
     */
    public boolean matches(Section section, String line) {
        return sectionsOf(line).contains(section);
    }

    /**
     * Every section {@link #matches} the line, found in one pass.
     *
     * @param line the line in lower case ({@code toLowerCase(Locale.ROOT)})
     */
    public Set<Section> sectionsOf(String line) {
        return cues.scan(line).sections();
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
        static final CleanerCues DEFAULTS = new CleanerCues(readDefaults(), List.of());
    }
}
