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
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    /** Host prefixes that name no outlet: "www.", "www2.", "m.", "amp.", "edition.", "mobile.". */
    private static final List<String> MOBILE_OR_WWW = List.of("www.", "m.", "amp.", "edition.", "mobile.");

    /** Hangul Jamo, the first block of a script written without spaces between words. */
    private static final char UNSPACED_SCRIPTS_FROM = '\u1100';
    private static final Comparator<OutletMention> BY_START = Comparator.comparingInt(OutletMention::start);

    private final Map<String, Outlet> byName = new LinkedHashMap<>();
    private final Map<String, Outlet> byDomain = new HashMap<>();
    private final Map<String, Outlet> byAlias = new HashMap<>();
    /** Alias token sequences by their first token (lower case). */
    private final WordTable<Candidates> byFirstToken = new WordTable<>();
    /**
     * The same for the aliases written with a lower-case initial, the only ones a word so written can be (see
     * {@link #matchAt}): "the" then finds no candidates at once instead of every "The ..." alias to be turned down.
     */
    private final WordTable<Candidates> byLowerCaseFirstToken = new WordTable<>();
    /** The lower-case letters an alias can start with in a text (see {@link #matchAt}): "dpa", "n-tv". */
    private final BitSet lowerCaseInitials = new BitSet();
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
        /** The one-word aliases, in the same order as at the end of {@code aliases}. */
        final List<Alias> oneWord = new ArrayList<>();
        final WordTable<Boolean> secondWords = new WordTable<>();

        void add(Alias alias) {
            aliases.add(alias);
            aliases.sort(Comparator.comparingInt((Alias a) -> -a.tokens().size()));
            if (alias.lower().size() > 1) {
                secondWords.put(alias.lower().get(1), true);
            } else {
                oneWord.add(alias);
            }
        }

        /**
         * Whether the word after the first may continue one of the longer aliases. Exact for ASCII words, whose lower
         * case is the same letter by letter; other words are always tried.
         */
        boolean mayContinueWith(Tokens tokens, int next) {
            return next < tokens.size() && (!tokens.isAscii(next) || secondWords.get(tokens, next) != null
                    || tokens.endsPossessive(next) && secondWords.getWithoutPossessive(tokens, next) != null);
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
        String withoutTld = key.indexOf('.') < 0 ? key : TOP_LEVEL_DOMAIN.matcher(key).replaceFirst("");
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
        String h = hostOrUrl.strip().toLowerCase(Locale.ROOT);
        int from = schemeLength(h);
        int cut = h.length();
        for (int i = from; i < cut; i++) {
            char c = h.charAt(i);
            if (c == '/' || c == '?' || c == '#' || c == ':' || c == ' ') {
                cut = i;
            }
        }
        from += mobileOrWwwLength(h, from, cut);
        h = h.substring(from, cut);
        return h.isEmpty() || !h.contains(".") ? null : h;
    }

    /** The length of a leading "https://" ({@code [a-z][a-z0-9+.-]*://}), or 0. */
    private static int schemeLength(String h) {
        if (h.isEmpty() || h.charAt(0) < 'a' || h.charAt(0) > 'z') {
            return 0;
        }
        int i = 1;
        while (i < h.length() && isSchemeChar(h.charAt(i))) {
            i++;
        }
        return h.startsWith("://", i) ? i + 3 : 0;
    }

    private static boolean isSchemeChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '.' || c == '-';
    }

    /** The length of a {@code MOBILE_OR_WWW} prefix at {@code from} (before {@code to}), or 0. */
    private static int mobileOrWwwLength(String h, int from, int to) {
        if (h.startsWith("www", from) && from + 4 < to && h.charAt(from + 3) >= '0' && h.charAt(from + 3) <= '9'
                && h.charAt(from + 4) == '.') {
            return 5; // "www2."
        }
        for (String prefix : MOBILE_OR_WWW) {
            if (prefix.length() <= to - from && h.startsWith(prefix, from)) {
                return prefix.length();
            }
        }
        return 0;
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
        // The URL pattern is tried at every character: only from just before the first "://", where a match can start.
        int scheme = text.indexOf("://");
        if (scheme >= 0) {
            Matcher url = URL.matcher(text).useTransparentBounds(true);
            url.region(Math.max(0, scheme - "https".length()), text.length());
            while (url.find()) {
                int s = url.start();
                if (out.stream().noneMatch(m -> m.start() >= s && m.start() < url.end())) {
                    byDomain(url.group(1)).ifPresent(o -> out.add(new OutletMention(o, s, url.end(), url.group())));
                }
            }
        }
        if (!unspaced.isEmpty() && tokens.hasCharFrom(UNSPACED_SCRIPTS_FROM) && hasUnspacedScript(text)) {
            for (Alias a : unspaced) {
                for (int at = text.indexOf(a.written()); at >= 0; at = text.indexOf(a.written(), at + 1)) {
                    int s = at;
                    if (out.stream().noneMatch(m -> s < m.end() && m.start() < s + a.written().length())) {
                        out.add(new OutletMention(a.outlet(), at, at + a.written().length(), a.written()));
                    }
                }
            }
        }
        out.sort(BY_START);
        return out;
    }

    private OutletMention matchAt(String text, Tokens tokens, int i) {
        char c = text.charAt(tokens.start(i));
        boolean lowerCase = Character.isLowerCase(c);
        if (lowerCase && !lowerCaseInitials.get(c)) {
            return null; // most words of a text
        }
        WordTable<Candidates> firstTokens = lowerCase ? byLowerCaseFirstToken : byFirstToken;
        Candidates candidates = firstTokens.get(tokens, i);
        if (candidates == null && tokens.endsPossessive(i)) {
            candidates = firstTokens.getWithoutPossessive(tokens, i);
        }
        if (candidates == null) {
            return null;
        }
        boolean longerPossible = candidates.mayContinueWith(tokens, i + 1);
        for (Alias a : longerPossible ? candidates.aliases : candidates.oneWord) {
            int k = a.tokens().size();
            if (i + k > tokens.size()) {
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
            // Names start with a capital; lower-case words ("mirror", "the sun") are not outlet names.
            if (!a.exactCase() && Character.isLowerCase(c) && a.written().charAt(0) != c) {
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
            // A word matches an exact alias letter for letter, any other only if it starts as the alias is written.
            char initial = exact ? words.get(0).charAt(0) : n.charAt(0);
            String first = words.get(0).toLowerCase(Locale.ROOT);
            addCandidate(byFirstToken, first, alias);
            if (Character.isLowerCase(initial)) {
                lowerCaseInitials.set(initial);
                addCandidate(byLowerCaseFirstToken, first, alias);
            }
        }
    }

    private static void addCandidate(WordTable<Candidates> table, String first, Alias alias) {
        Candidates candidates = table.get(first);
        if (candidates == null) {
            candidates = new Candidates();
            table.put(first, candidates);
        }
        candidates.add(alias);
    }

    private static boolean hasUnspacedScript(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < UNSPACED_SCRIPTS_FROM) {
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
