package io.newswire.enrich.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The outlets newswire knows: names, aliases, domains, country and kind, read from {@code outlets.tsv} on the
 * class path and optionally extended (or overridden, by name) from a user file in the same format. Finds
 * outlet mentions in text by token lookup, so a scan is linear in the text whatever the gazetteer's size.
 */
public final class OutletGazetteer {

    private static final String RESOURCE = "/io/newswire/enrich/source/outlets.tsv";
    private static final Pattern URL = Pattern.compile("(?i)\\bhttps?://([a-z0-9.-]{1,253})");
    private static final Pattern CONNECTOR_FREE = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern TOP_LEVEL_DOMAIN = Pattern.compile("(?i)(?<=\\p{L})\\.(?:com|net|org|fr|de|ru|es|it|uk|co\\.uk|kr|jp|cn|info)$");
    private static final Pattern LEADING_THE = Pattern.compile("(?i)^the\\s+");
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern MOBILE_OR_WWW = Pattern.compile("^(www\\d?|m|amp|edition|mobile)\\.");

    private final Map<String, Outlet> byName = new LinkedHashMap<>();
    private final Map<String, Outlet> byDomain = new HashMap<>();
    private final Map<String, Outlet> byAlias = new HashMap<>();
    /** Alias token sequences by their first token (lower case). */
    private final Map<String, Candidates> byFirstToken = new HashMap<>();
    /**
     * A bit per hash (low 16 bits) of the keys of {@code byFirstToken}: most words of a text begin no alias, and this
     * tells so without making the word's lower-case string.
     */
    private final long[] firstTokenHashes = new long[(1 << 16) / 64];
    /** Aliases in scripts written without spaces (Han, kana), found by substring search. */
    private final List<Alias> unspaced = new ArrayList<>();

    /** An alias as token sequence; {@code lower} holds the same tokens in lower case, computed once. */
    private record Alias(String written, List<String> tokens, List<String> lower, boolean exactCase, Outlet outlet) {
    }

    /**
     * The aliases starting with one word, longest first, and the second words (lower case) of the longer ones: a
     * common first word ("the") then costs one set lookup, not a comparison with each of its aliases.
     */
    private static final class Candidates {
        final List<Alias> aliases = new ArrayList<>();
        final Set<String> secondWords = new HashSet<>();

        void add(Alias alias) {
            aliases.add(alias);
            aliases.sort(Comparator.comparingInt((Alias a) -> -a.tokens().size()));
            if (alias.lower().size() > 1) {
                secondWords.add(alias.lower().get(1));
            }
        }

        /**
         * Whether the word after the first may continue one of the longer aliases. Exact for ASCII words, whose lower
         * case is the same letter by letter; other words are always tried.
         */
        boolean mayContinueWith(Tokens tokens, int next) {
            return next < tokens.size() && (!tokens.isAscii(next) || secondWords.contains(tokens.lower(next))
                    || tokens.endsPossessive(next) && secondWords.contains(tokens.lowerWithoutPossessive(next)));
        }
    }

    private OutletGazetteer(Collection<Outlet> outlets) {
        for (Outlet o : outlets) {
            byName.put(o.name().toLowerCase(Locale.ROOT), o);
        }
        for (Outlet o : byName.values()) {
            index(o);
        }
    }

    public static OutletGazetteer defaults() {
        return Holder.DEFAULTS;
    }

    /** The built-in outlets, extended or overridden (same name) by a user file in the same TSV format. */
    public static OutletGazetteer load(Path userFile) throws IOException {
        Map<String, Outlet> outlets = new LinkedHashMap<>();
        readDefaults().forEach(o -> outlets.put(o.name().toLowerCase(Locale.ROOT), o));
        try (BufferedReader r = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
            read(r, userFile.toString()).forEach(o -> outlets.put(o.name().toLowerCase(Locale.ROOT), o));
        }
        return new OutletGazetteer(outlets.values());
    }

    public int size() {
        return byName.size();
    }

    public Collection<Outlet> outlets() {
        return byName.values();
    }

    /** The outlet with this name or alias (any case), if any. */
    public Optional<Outlet> byName(String nameOrAlias) {
        if (nameOrAlias == null) {
            return Optional.empty();
        }
        String key = nameOrAlias.strip();
        Outlet o = byAlias.get(key.toLowerCase(Locale.ROOT));
        if (o != null) {
            return Optional.of(o);
        }
        // "Le Monde.fr": a site name written with its top-level domain.
        String withoutTld = TOP_LEVEL_DOMAIN.matcher(key).replaceFirst("");
        if (!withoutTld.equals(key) && byAlias.containsKey(withoutTld.toLowerCase(Locale.ROOT))) {
            return Optional.of(byAlias.get(withoutTld.toLowerCase(Locale.ROOT)));
        }
        // "SCMP News" or "The Korea Herald (English edition)": one known name covering most of it.
        List<OutletMention> found = find(key);
        if (found.size() == 1 && found.get(0).surface().length() * 10 >= LEADING_THE.matcher(key).replaceFirst("").length() * 6) {
            return Optional.of(found.get(0).outlet());
        }
        return byDomain(key);
    }

    /** The outlet owning a host or URL ("https://www.scmp.com/news/..." gives SCMP), if known. */
    public Optional<Outlet> byDomain(String hostOrUrl) {
        String host = host(hostOrUrl);
        while (host != null && host.contains(".")) {
            Outlet o = byDomain.get(host);
            if (o != null) {
                return Optional.of(o);
            }
            host = host.substring(host.indexOf('.') + 1);
        }
        return Optional.empty();
    }

    /** "https://www.Example.com:443/x" gives "example.com"; null when there is no host. */
    public static String host(String hostOrUrl) {
        if (hostOrUrl == null) {
            return null;
        }
        String h = SCHEME.matcher(hostOrUrl.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        int cut = h.length();
        for (char c : new char[] {'/', '?', '#', ':', ' '}) {
            int i = h.indexOf(c);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        h = MOBILE_OR_WWW.matcher(h.substring(0, cut)).replaceFirst("");
        return h.isEmpty() || !h.contains(".") ? null : h;
    }

    /** Every outlet named in the text, in order, longest alias first where aliases overlap. */
    public List<OutletMention> find(String text) {
        List<OutletMention> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Tokens tokens = Tokens.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            OutletMention m = matchAt(text, tokens, i);
            if (m != null) {
                out.add(m);
                while (i + 1 < tokens.size() && tokens.start(i + 1) < m.end()) {
                    i++;
                }
                continue;
            }
            if (tokens.hasInnerDot(i)) {
                Optional<Outlet> d = byDomain(tokens.lower(i));
                if (d.isPresent()) {
                    out.add(new OutletMention(d.get(), tokens.start(i), tokens.end(i), tokens.text(i)));
                }
            }
        }
        // The URL pattern is tried at every character; most lines have no "://" at all.
        Matcher url = URL.matcher(text.indexOf("://") >= 0 ? text : "");
        while (url.find()) {
            int s = url.start();
            if (out.stream().noneMatch(m -> m.start() >= s && m.start() < url.end())) {
                byDomain(url.group(1)).ifPresent(o -> out.add(new OutletMention(o, s, url.end(), url.group())));
            }
        }
        if (!unspaced.isEmpty() && hasUnspacedScript(text)) {
            for (Alias a : unspaced) {
                for (int at = text.indexOf(a.written()); at >= 0; at = text.indexOf(a.written(), at + 1)) {
                    int s = at;
                    if (out.stream().noneMatch(m -> s < m.end() && m.start() < s + a.written().length())) {
                        out.add(new OutletMention(a.outlet(), at, at + a.written().length(), a.written()));
                    }
                }
            }
        }
        out.sort(Comparator.comparingInt(OutletMention::start));
        return out;
    }

    private OutletMention matchAt(String text, Tokens tokens, int i) {
        Candidates candidates = mayBeFirstToken(tokens.lowerHash(i)) ? byFirstToken.get(tokens.lower(i)) : null;
        if (candidates == null && tokens.endsPossessive(i)) {
            candidates = byFirstToken.get(tokens.lowerWithoutPossessive(i));
        }
        if (candidates == null) {
            return null;
        }
        String firstText = tokens.text(i);
        boolean longerPossible = candidates.mayContinueWith(tokens, i + 1);
        for (Alias a : candidates.aliases) {
            int k = a.tokens().size();
            if (i + k > tokens.size() || k > 1 && !longerPossible) {
                continue;
            }
            boolean ok = true;
            for (int j = 0; j < k && ok; j++) {
                int t = i + j;
                boolean last = j == k - 1;
                if (a.exactCase()) {
                    String want = a.tokens().get(j);
                    ok = tokens.text(t).equals(want) || last && tokens.textWithoutPossessive(t).equals(want);
                } else {
                    String want = a.lower().get(j);
                    ok = tokens.lower(t).equals(want) || last && tokens.lower(t).startsWith(want) && tokens.lowerWithoutPossessive(t).equals(want);
                }
                // Adjacent tokens only: "Fox, News" is not "Fox News".
                if (ok && j > 0) {
                    String between = text.substring(tokens.end(t - 1), tokens.start(t));
                    ok = between.isBlank() || between.equals("-") || between.equals("/");
                }
            }
            if (!ok) {
                continue;
            }
            char c = firstText.charAt(0);
            // Names start with a capital; lower-case words ("mirror", "the sun") are not outlet names.
            if (!a.exactCase() && Character.isLowerCase(c) && !a.written().startsWith(firstText.substring(0, 1))) {
                continue;
            }
            // One-letter aliases (X) count only where the text says "on X" / "to X".
            if (a.written().length() == 1) {
                String before = text.substring(Math.max(0, tokens.start(i) - 3), tokens.start(i)).toLowerCase(Locale.ROOT);
                if (!before.equals("on ") && !before.equals("to ")) {
                    continue;
                }
            }
            int lastToken = i + k - 1;
            String lastText = tokens.text(lastToken);
            String lastBare = tokens.textWithoutPossessive(lastToken);
            int end = lastText.equals(lastBare) ? tokens.end(lastToken) : tokens.start(lastToken) + lastBare.length();
            return new OutletMention(a.outlet(), tokens.start(i), end, text.substring(tokens.start(i), end));
        }
        return null;
    }

    private boolean mayBeFirstToken(int hash) {
        int bit = hash & 0xFFFF;
        return (firstTokenHashes[bit >>> 6] & 1L << bit) != 0;
    }

    private void index(Outlet o) {
        List<String> names = new ArrayList<>(o.aliases());
        if (!o.name().contains("(")) {
            names.add(0, o.name());
        }
        for (String d : o.domains()) {
            byDomain.putIfAbsent(d.toLowerCase(Locale.ROOT), o);
        }
        for (String n : names) {
            if (n.isBlank()) {
                continue;
            }
            byAlias.putIfAbsent(n.toLowerCase(Locale.ROOT), o);
            if (hasUnspacedScript(n)) {
                unspaced.add(new Alias(n, List.of(n), List.of(n), true, o));
                continue;
            }
            Tokens tokens = Tokens.of(n);
            if (tokens.size() == 0) {
                continue;
            }
            boolean exact = n.length() <= 4 && CONNECTOR_FREE.matcher(n).find();
            List<String> words = new ArrayList<>();
            List<String> lower = new ArrayList<>();
            for (int t = 0; t < tokens.size(); t++) {
                words.add(tokens.text(t));
                lower.add(tokens.lower(t));
            }
            Alias alias = new Alias(n, List.copyOf(words), List.copyOf(lower), exact, o);
            String first = words.get(0).toLowerCase(Locale.ROOT);
            int bit = first.hashCode() & 0xFFFF;
            firstTokenHashes[bit >>> 6] |= 1L << bit;
            byFirstToken.computeIfAbsent(first, k -> new Candidates()).add(alias);
        }
    }

    private static boolean hasUnspacedScript(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '\u1100') {
                continue; // Latin, Greek, Cyrillic, Arabic...: the common case, without a script lookup
            }
            Character.UnicodeScript sc = Character.UnicodeScript.of(s.charAt(i));
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA || sc == Character.UnicodeScript.KATAKANA
                    || sc == Character.UnicodeScript.HANGUL) {
                return true;
            }
        }
        return false;
    }

    private static List<Outlet> readDefaults() {
        try (InputStream in = OutletGazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Outlet> read(BufferedReader reader, String origin) throws IOException {
        List<Outlet> outlets = new ArrayList<>();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length != 5 || f[0].isBlank()) {
                throw new IllegalArgumentException(origin + ":" + number + ": expected 5 tab-separated fields (name, aliases, domains, country, kind)");
            }
            outlets.add(new Outlet(f[0].strip(), list(f[1]), list(f[2]), blankToNull(f[3]), blankToNull(f[4])));
        }
        return outlets;
    }

    private static List<String> list(String field) {
        return Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static final class Holder {
        static final OutletGazetteer DEFAULTS = new OutletGazetteer(readDefaults());
    }
}
