package io.newswire.enrich.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The targets stance is tagged for, each with the names it goes by.
 *
 * <p>Defaults ship as the resource {@code io/newswire/enrich/stance/targets.tsv} (Russia, North Korea, United States,
 * South Korea, China, Ukraine). A user file in the same format adds targets or names ({@link #withFile(Path)}), or
 * replaces the defaults entirely ({@link #load(Path)}). Format, one name per line, tab-separated:
 * <pre>
 * # comment
 * TARGET   alias    PHRASE     a name of the target: "Russia", "the Kremlin", "Putin", "Russian"
 * TARGET   short    PHRASE     counts only if the article also uses an alias of the target, and not as the first
 *                              part of a longer name: "Kim" (not "Kim Yo Jong"), "the North"
 * TARGET   exclude  PHRASE     contains a name but does not mean the target: "Air China", "Washington Post"
 * TARGET   drop     PHRASE     removes a name given earlier (e.g. a default alias)
 * OTHER    alias    PHRASE     another actor ("Europe", "NATO"): never tagged, but a cue about it is not handed to a
 *                              target nearby; ignored where it is also a target's alias (so adding a target "Japan"
 *                              simply works)
 * </pre>
 */
public final class StanceTargets {

    /** Resource path of the default targets. */
    public static final String DEFAULT_RESOURCE = "/io/newswire/enrich/stance/targets.tsv";

    /** One target and its names. */
    public record Target(String name, List<String> aliases, List<String> shortAliases, List<String> excludes) {
        public Target {
            aliases = List.copyOf(aliases);
            shortAliases = List.copyOf(shortAliases);
            excludes = List.copyOf(excludes);
        }
    }

    /** One line of a targets file. */
    record Rule(String target, String kind, String phrase) {}

    private static volatile StanceTargets defaults;

    /** Name of the pseudo-target whose aliases are other actors: never tagged, but they keep cues from going astray. */
    public static final String OTHER = "OTHER";

    private final List<Rule> rules;
    private final List<Target> targets;
    private final List<String> others;

    private StanceTargets(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        List<Target> all = build(this.rules);
        this.targets = all.stream().filter(t -> !t.name().equalsIgnoreCase(OTHER)).toList();
        Set<String> taken = new java.util.HashSet<>();
        for (Target t : targets) {
            t.aliases().forEach(a -> taken.add(a.toLowerCase(Locale.ROOT)));
            t.shortAliases().forEach(a -> taken.add(a.toLowerCase(Locale.ROOT)));
        }
        this.others = all.stream().filter(t -> t.name().equalsIgnoreCase(OTHER)).flatMap(t -> t.aliases().stream())
                .filter(a -> !taken.contains(a.toLowerCase(Locale.ROOT))).toList();
    }

    /** The shipped default targets. */
    public static StanceTargets defaults() {
        StanceTargets d = defaults;
        if (d == null) {
            d = DataFiles.shipped(DEFAULT_RESOURCE, StanceTargets::parse);
            defaults = d;
        }
        return d;
    }

    /** Targets from a user file alone (no defaults). */
    public static StanceTargets load(Path file) throws IOException {
        return DataFiles.file(file, StanceTargets::parse);
    }

    /** Parses the tab-separated format; {@code source} names the input in error messages. */
    public static StanceTargets parse(Reader reader, String source) throws IOException {
        List<Rule> rules = new ArrayList<>();
        BufferedReader br = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        String line;
        int no = 0;
        while ((line = br.readLine()) != null) {
            no++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length < 3) {
                // Also accept runs of two or more spaces between the fields, for hand-edited files.
                f = t.split("\\s{2,}|\t");
            }
            if (f.length < 3 || f[0].isBlank() || f[2].isBlank()) {
                throw new IllegalArgumentException(source + ":" + no + ": expected TARGET<TAB>KIND<TAB>PHRASE, got: " + t);
            }
            String kind = f[1].strip().toLowerCase(Locale.ROOT);
            if (!Set.of("alias", "short", "exclude", "drop").contains(kind)) {
                throw new IllegalArgumentException(source + ":" + no + ": kind must be alias, short, exclude or drop, got: " + f[1]);
            }
            rules.add(new Rule(f[0].strip(), kind, f[2].strip()));
        }
        return new StanceTargets(rules);
    }

    /** Builds targets in code. */
    public static StanceTargets of(Target... targets) {
        List<Rule> rules = new ArrayList<>();
        for (Target t : targets) {
            t.aliases().forEach(a -> rules.add(new Rule(t.name(), "alias", a)));
            t.shortAliases().forEach(a -> rules.add(new Rule(t.name(), "short", a)));
            t.excludes().forEach(a -> rules.add(new Rule(t.name(), "exclude", a)));
        }
        return new StanceTargets(rules);
    }

    /** These targets with a user file applied on top: new targets and names are added, {@code drop} lines remove. */
    public StanceTargets withFile(Path file) throws IOException {
        return merge(load(file));
    }

    /** These targets with {@code other}'s lines applied on top. */
    public StanceTargets merge(StanceTargets other) {
        List<Rule> all = new ArrayList<>(rules);
        all.addAll(other.rules);
        return new StanceTargets(all);
    }

    /** The targets stance is tagged for (not including {@link #OTHER}). */
    public List<Target> targets() {
        return targets;
    }

    /** Names of other actors ({@link #OTHER}): not tagged; a cue about one of them is not given to a target. */
    public List<String> others() {
        return others;
    }

    public Optional<Target> get(String name) {
        return targets.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    public List<String> names() {
        return targets.stream().map(Target::name).toList();
    }

    private static List<Target> build(List<Rule> rules) {
        Map<String, String> canonical = new LinkedHashMap<>();
        Map<String, Set<String>[]> byTarget = new LinkedHashMap<>();
        for (Rule r : rules) {
            String key = r.target().toLowerCase(Locale.ROOT);
            String name = canonical.computeIfAbsent(key, k -> r.target());
            @SuppressWarnings("unchecked")
            Set<String>[] sets = byTarget.computeIfAbsent(name,
                    k -> new Set[] {new LinkedHashSet<>(), new LinkedHashSet<>(), new LinkedHashSet<>()});
            switch (r.kind()) {
                case "alias" -> sets[0].add(r.phrase());
                case "short" -> sets[1].add(r.phrase());
                case "exclude" -> sets[2].add(r.phrase());
                case "drop" -> {
                    for (Set<String> s : sets) {
                        s.removeIf(p -> p.equalsIgnoreCase(r.phrase()));
                    }
                }
                default -> throw new IllegalStateException(r.kind());
            }
        }
        List<Target> out = new ArrayList<>();
        byTarget.forEach((name, sets) -> {
            if (!sets[0].isEmpty()) {
                out.add(new Target(name, new ArrayList<>(sets[0]), new ArrayList<>(sets[1]), new ArrayList<>(sets[2])));
            }
        });
        return List.copyOf(out);
    }
}
