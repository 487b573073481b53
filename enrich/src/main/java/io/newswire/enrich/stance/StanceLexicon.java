package io.newswire.enrich.stance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The cue words and phrases of the default stance tagger: loaded wording, praise, criticism, mockery, framing,
 * and the modifiers and voice markers (negators, hedges, intensifiers, shared references, reporting verbs).
 *
 * <p>Data, not code: the defaults ship as the resource {@code io/newswire/enrich/stance/lexicon.tsv}, whose header
 * documents the format; a user file in the same format overrides entries with the same phrase, adds new ones, and
 * deletes with kind {@code REMOVE} ({@link #withFile(Path)}).
 */
public final class StanceLexicon {

    /** Resource path of the default lexicon. */
    public static final String DEFAULT_RESOURCE = "/io/newswire/enrich/stance/lexicon.tsv";

    /** What a lexicon entry does. */
    public enum Kind {
        /** Loaded wording about someone: despot, regime, war crimes, heroic. */
        LOADED(true),
        /** Approval: admirable, wise leadership. */
        PRAISE(true),
        /** Disapproval that is not name-calling: reckless, cynical. */
        CRITICISM(true),
        /** Sarcasm and ridicule; counts even in a paraphrase of someone's words. */
        MOCKERY(true),
        /** Takes a side by itself, about a fixed target. */
        FRAMING(true),
        /** Flips the next cue. */
        NEGATOR(false),
        /** Damps cues in its clause. */
        HEDGE(false),
        /** Multiplies the next cue. */
        INTENSIFIER(false),
        /** "so-called": flips the next cue, or is a weak mocking cue itself. */
        IRONY(false),
        /** The next cue applies to both targets of a pair. */
        SHARED(false),
        /** Reporting verb: the clause it introduces is someone else's voice. */
        SPEECH(false),
        /** "according to": the same, for sources. */
        SOURCE(false),
        /** A word that, in the author's scare quotes, mocks the claim. */
        SCARE(false),
        /** Blocks a shorter cue inside it ("sanctions regime"). */
        NEUTRAL(false),
        /** In a user file: deletes the entry. */
        REMOVE(false);

        private final boolean polar;

        Kind(boolean polar) {
            this.polar = polar;
        }

        /** Whether entries of this kind carry a stance (signed weight). */
        public boolean polar() {
            return polar;
        }
    }

    /**
     * One entry.
     *
     * @param phrase lower-case words
     * @param weight signed strength for polar kinds (negative = against); factor for HEDGE and INTENSIFIER
     * @param target fixed target name (FRAMING and some loaded nicknames), or null to bind by position
     * @param shared relational cue that applies to both targets of a pair ("bromance")
     */
    public record Entry(String phrase, Kind kind, double weight, String target, boolean shared) {}

    private static volatile StanceLexicon defaults;

    /** Keyed by kind-group + phrase, so a word can be both a SCARE word and a cue. */
    private final Map<String, Entry> entries;

    private StanceLexicon(Map<String, Entry> entries) {
        this.entries = entries;
    }

    /** The shipped default lexicon. */
    public static StanceLexicon defaults() {
        StanceLexicon d = defaults;
        if (d == null) {
            d = DataFiles.shipped(DEFAULT_RESOURCE, StanceLexicon::parse);
            defaults = d;
        }
        return d;
    }

    /** A lexicon from a user file alone (no defaults). */
    public static StanceLexicon load(Path file) throws IOException {
        return DataFiles.file(file, StanceLexicon::parse);
    }

    /** Parses the tab-separated format; {@code source} names the input in error messages. */
    public static StanceLexicon parse(Reader reader, String source) throws IOException {
        return new StanceLexicon(new LinkedHashMap<>()).apply(reader, source);
    }

    /** This lexicon with a user file applied on top. */
    public StanceLexicon withFile(Path file) throws IOException {
        return DataFiles.file(file, this::apply);
    }

    /** This lexicon with {@code other}'s entries applied on top. */
    public StanceLexicon merge(StanceLexicon other) {
        Map<String, Entry> m = new LinkedHashMap<>(entries);
        m.putAll(other.entries);
        return new StanceLexicon(m);
    }

    /** This lexicon with entries added or replaced in code. */
    public StanceLexicon with(Entry... add) {
        Map<String, Entry> m = new LinkedHashMap<>(entries);
        for (Entry e : add) {
            put(m, e);
        }
        return new StanceLexicon(m);
    }

    public Collection<Entry> entries() {
        return List.copyOf(entries.values());
    }

    /** The cue entry (any kind but SCARE) for a phrase, if any. */
    public Optional<Entry> get(String phrase) {
        return Optional.ofNullable(entries.get(key(Kind.LOADED, normalize(phrase))));
    }

    private StanceLexicon apply(Reader reader, String source) throws IOException {
        Map<String, Entry> m = new LinkedHashMap<>(entries);
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
            if (f.length < 2) {
                f = t.split("\\s{2,}");
            }
            String where = source + ":" + no + ": ";
            if (f.length < 2 || f[0].isBlank()) {
                throw new IllegalArgumentException(where + "expected PHRASE<TAB>KIND<TAB>WEIGHT[<TAB>OPTIONS], got: " + t);
            }
            Kind kind;
            try {
                kind = Kind.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + "unknown kind '" + f[1].strip() + "'");
            }
            String phrase = normalize(f[0]);
            if (kind == Kind.REMOVE) {
                m.remove(key(Kind.LOADED, phrase));
                m.remove(key(Kind.SCARE, phrase));
                continue;
            }
            double weight = 1.0;
            if (f.length >= 3 && !f[2].isBlank()) {
                try {
                    weight = Double.parseDouble(f[2].strip());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(where + "weight must be a number, got '" + f[2].strip() + "'");
                }
            } else if (kind.polar()) {
                throw new IllegalArgumentException(where + kind + " needs a signed weight");
            }
            String target = null;
            boolean shared = false;
            if (f.length >= 4) {
                for (String opt : f[3].split(",")) {
                    String o = opt.strip();
                    if (o.isEmpty()) {
                        continue;
                    }
                    if (o.equalsIgnoreCase("shared")) {
                        shared = true;
                    } else if (o.toLowerCase(Locale.ROOT).startsWith("target=")) {
                        target = o.substring("target=".length()).strip();
                    } else {
                        throw new IllegalArgumentException(where + "unknown option '" + o + "' (expected target=NAME or shared)");
                    }
                }
            }
            if (kind == Kind.FRAMING && target == null) {
                throw new IllegalArgumentException(where + "FRAMING needs target=NAME");
            }
            put(m, new Entry(phrase, kind, weight, target, shared));
        }
        return new StanceLexicon(m);
    }

    private static void put(Map<String, Entry> m, Entry e) {
        Entry n = new Entry(normalize(e.phrase()), e.kind(), e.weight(), e.target(), e.shared());
        m.put(key(n.kind(), n.phrase()), n);
    }

    private static String key(Kind kind, String phrase) {
        return (kind == Kind.SCARE ? "S|" : "C|") + phrase;
    }

    static String normalize(String phrase) {
        return phrase.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s\\-‐‑]+", " ");
    }
}
