package io.newswire.enrich.source;

import io.newswire.avro.CitedSource;
import io.newswire.avro.Publisher;
import io.newswire.enrich.clean.CleanedArticle;
import io.newswire.enrich.clean.Dateline;
import io.newswire.enrich.clean.Line;
import io.newswire.enrich.clean.LineKind;
import io.newswire.enrich.date.DateScanner;
import io.newswire.enrich.parse.ParsedArticle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publisher of this copy and the outlets the text cites.
 *
 * <p>Publisher, strongest evidence first: the site name the file declares, the domain of its canonical URL, a
 * pointer to the original ("Full story at https://www.scmp.com/..."), the inbox folder, the outlet named in the
 * page title or masthead, a header line pairing a date or byline with a name, a copyright line, an author bio
 * naming the author's outlet; a clean wire story (dateline, nothing else) gives its agency at low
 * confidence. A cited agency is never taken for the publisher of a blog or forum that reposts its copy.
 *
 * <p>Cited sources: datelines, attribution phrases, "headline -- Outlet" lists, embedded posts and pointers to
 * originals. Photo credits, comments, bios and navigation never count.
 */
public final class SourceTagger {

    /** Characters of article text scanned for citations; bounds the cost on huge files. */
    static final int MAX_SCAN_CHARS = 60_000;
    private static final int MAX_EVIDENCE = 3;

    static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s\"'<>)\\]]{3,300}");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s(?:\\||-|–|—|::|·)\\s([^|–—]{2,60})$");
    private static final Pattern ORIGINALLY = Pattern.compile(
            "(?i)\\b(?:originally|first)\\s(?:published|appeared|posted)\\s(?:by|in|on|at)\\s|\\breprinted (?:with permission )?from\\s|\\brepublished from\\s");
    private static final Pattern COPYRIGHT_HOLDER = Pattern.compile(
            "(?:©|\\(c\\)|copyright)\\s?(?:\\d{4}\\s?(?:[-–]\\s?\\d{4}\\s?)?)?(?:by\\s)?(?:the\\s)?(\\p{Lu}[\\p{L}\\p{N}.&' -]{1,40}?)(?:\\s?[,.;|]|\\s+all rights|\\s+\\d{4}|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "June 14, 2018 | The Liberty Ledger", "By Rosa Delgado | Counterline Magazine": a date or byline, then a name. */
    private static final Pattern MASTHEAD_LINE = Pattern.compile(
            "^(?<left>[^|·]{2,60}?)\\s[|·]\\s(?<name>(?:The\\s)?\\p{Lu}[\\p{L}'’&.-]{1,30}(?:\\s(?:of|the|and|&|\\p{Lu}[\\p{L}'’&.-]{0,30})){0,4})$");
    private static final Pattern BYLINE_OR_DESK = Pattern.compile("(?i)^(?:by|von|par|por)\\s\\p{Lu}.*|.*\\bdesk$");
    /** One sentence, the author's present role at an outlet; "a former correspondent for" says nothing of this copy. */
    private static final Pattern STAFF_BIO = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]+(?:\\s\\p{Lu}[\\p{L}'’.-]+){0,3}\\sis\\s(?:a|an|the)\\s(?:(?!former\\b|ex-)[\\p{L}-]+\\s){0,3}"
                    + "(?:columnist|correspondent|reporter|editor|writer|contributor)\\s(?:for|at|with)\\s"
                    + "(?<name>(?:The\\s)?\\p{Lu}[\\p{L}'’&.-]{1,30}(?:\\s(?:of|the|and|&|\\p{Lu}[\\p{L}'’&.-]{0,30})){0,4}?)\\.?$");
    private static final Pattern TWEET_BYLINE = Pattern.compile("\\(@\\w{1,30}\\)\\s+\\p{L}{3,9}\\.?\\s+\\d{1,2},\\s+\\d{4}");
    private static final Pattern TWEET = Pattern.compile("\\(@\\w{1,30}\\)\\s+\\p{L}{3,9}\\.?\\s+\\d{1,2},\\s+\\d{4}|pic\\.twitter\\.com/|twitter\\.com/\\w+/status|x\\.com/\\w+/status");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private static final DateScanner DATES = new DateScanner();

    private final OutletGazetteer gazetteer;

    public SourceTagger() {
        this(OutletGazetteer.defaults());
    }

    public SourceTagger(OutletGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    public SourceTags tag(ParsedArticle parsed, CleanedArticle cleaned, String sourceHint) {
        Citations citations = new Citations();
        citeDateline(cleaned, citations);
        citeLines(cleaned, citations);
        Publisher publisher = publisher(parsed, cleaned, sourceHint);
        return new SourceTags(publisher, citations.toList());
    }

    private void citeDateline(CleanedArticle cleaned, Citations citations) {
        cleaned.dateline().ifPresent(d -> {
            if (d.agency() != null) {
                gazetteer.byName(d.agency()).ifPresent(o -> citations.add(o, d.text()));
            }
        });
    }

    private void citeLines(CleanedArticle cleaned, Citations citations) {
        int budget = MAX_SCAN_CHARS;
        int datelineLine = cleaned.dateline().map(Dateline::lineIndex).orElse(-1);
        int datelineEnd = cleaned.dateline().map(d -> d.text().length()).orElse(0);
        List<Line> embedBlock = new ArrayList<>();
        for (Line line : cleaned.lines()) {
            if (line.kind() != LineKind.EMBED && !embedBlock.isEmpty()) {
                citeEmbeds(embedBlock, citations);
                embedBlock.clear();
            }
            if (budget <= 0) {
                break;
            }
            String text = line.text().length() > budget ? line.text().substring(0, budget) : line.text();
            switch (line.kind()) {
                case HEAD, BODY -> {
                    budget -= text.length();
                    for (OutletMention m : gazetteer.find(text)) {
                        boolean inDateline = line.index() == datelineLine && m.start() < datelineEnd;
                        if (!inDateline && Attribution.attributed(text, m, false)) {
                            citations.add(m.outlet(), snippet(text, m));
                        }
                    }
                }
                case RELATED -> {
                    for (OutletMention m : gazetteer.find(text)) {
                        if (Attribution.attributed(text, m, true)) {
                            citations.add(m.outlet(), snippet(text, m));
                        }
                    }
                }
                case EMBED -> embedBlock.add(line);
                case SOURCE_REF -> originalOf(text).ifPresent(o -> citations.add(o, shorten(text)));
                case COPYRIGHT -> gazetteer.find(text).stream().filter(m -> m.outlet().isWire()).findFirst()
                        .ifPresent(m -> citations.add(m.outlet(), shorten(text)));
                default -> { }
            }
        }
        citeEmbeds(embedBlock, citations);
    }

    /** An embedded post quotes the platform it was posted on: one citation per post (per attribution line). */
    private void citeEmbeds(List<Line> block, Citations citations) {
        if (block.isEmpty()) {
            return;
        }
        long posts = block.stream().filter(l -> TWEET_BYLINE.matcher(l.text()).find()).count();
        boolean tweet = posts > 0 || block.stream().anyMatch(l -> TWEET.matcher(l.text()).find());
        Optional<Outlet> platform = tweet ? gazetteer.byName("X")
                : block.stream().flatMap(l -> gazetteer.find(l.text()).stream()).map(OutletMention::outlet)
                        .filter(Outlet::isPlatform).findFirst();
        platform.ifPresent(o -> {
            for (long i = 0; i < Math.max(1, posts); i++) {
                citations.add(o, shorten(block.get(block.size() - 1).text()));
            }
        });
    }

    /** The outlet a "Full story at URL" line points to: known by domain, else named after the host. */
    private Optional<Outlet> originalOf(String line) {
        int from = urlSearchStart(line);
        if (from < 0) {
            return Optional.empty();
        }
        Matcher url = URL.matcher(line);
        if (!url.find(from)) {
            return Optional.empty();
        }
        Optional<Outlet> known = gazetteer.byDomain(url.group());
        if (known.isPresent()) {
            return known;
        }
        String host = OutletGazetteer.host(url.group().startsWith("www.") ? "http://" + url.group() : url.group());
        return host == null ? Optional.empty() : Optional.of(new Outlet(host, List.of(), List.of(host), null, null));
    }

    /**
     * Where {@code URL} can first match: no sooner than five characters before the first "://" ("https://") or at
     * the first "www." (any ASCII case); -1 when the line has neither. Spares the regex a try at every character.
     */
    static int urlSearchStart(String line) {
        int scheme = line.indexOf("://");
        int from = scheme < 0 ? -1 : Math.max(0, scheme - "https".length());
        int end = scheme < 0 ? line.length() : from;
        for (int i = 0; i < end; i++) {
            if (line.regionMatches(true, i, "www.", 0, 4)) {
                return i;
            }
        }
        return from;
    }

    private Publisher publisher(ParsedArticle parsed, CleanedArticle cleaned, String sourceHint) {
        Optional<Outlet> byUrl = parsed.url() == null ? Optional.empty() : gazetteer.byDomain(parsed.url());
        if (parsed.siteName() != null) {
            Optional<Outlet> named = gazetteer.byName(parsed.siteName());
            if (named.isPresent()) {
                boolean agrees = byUrl.isPresent() && byUrl.get().equals(named.get());
                return publisher(named.get(), agrees ? 0.95 : 0.9, "declared site name '" + parsed.siteName() + "'"
                        + (agrees ? " and canonical URL " + parsed.url() : ""));
            }
            if (byUrl.isEmpty()) {
                String host = OutletGazetteer.host(parsed.url());
                return new Publisher(parsed.siteName(), host, null, null, 0.85, "declared site name '" + parsed.siteName() + "'");
            }
        }
        if (parsed.url() != null) {
            if (byUrl.isPresent()) {
                return publisher(byUrl.get(), 0.9, "canonical URL " + parsed.url());
            }
            String host = OutletGazetteer.host(parsed.url());
            if (host != null) {
                return new Publisher(host, host, null, null, 0.75, "canonical URL " + parsed.url() + " (outlet not in the gazetteer)");
            }
        }
        for (Line line : cleaned.linesOf(LineKind.SOURCE_REF)) {
            Optional<Outlet> original = originalOf(line.text());
            if (original.isPresent()) {
                return publisher(original.get(), 0.7, shorten(line.text()));
            }
        }
        for (Line line : cleaned.lines()) {
            String t = line.text();
            boolean maybe = t.contains("riginally") || t.contains("irst ") || t.contains("eprinted") || t.contains("epublished");
            if (!maybe || line.kind() == LineKind.COMMENT) {
                continue;
            }
            Matcher m = ORIGINALLY.matcher(t);
            if (m.find()) {
                String rest = line.text().substring(m.end());
                Optional<OutletMention> first = gazetteer.find(rest).stream().filter(x -> x.start() <= 4).findFirst();
                if (first.isPresent()) {
                    return publisher(first.get().outlet(), 0.65, shorten(line.text()));
                }
            }
        }
        if (sourceHint != null) {
            Optional<Outlet> hinted = gazetteer.byName(sourceHint).or(() -> gazetteer.byDomain(sourceHint));
            if (hinted.isPresent()) {
                return publisher(hinted.get(), 0.6, "inbox folder '" + sourceHint + "'");
            }
        }
        Publisher fromTitle = fromTitleOrMasthead(parsed, cleaned);
        if (fromTitle != null) {
            return fromTitle;
        }
        // Nothing else names the outlet. A wire dateline names the agency that wrote the story, not the site that
        // published this copy, so it stays a cited source.
        Publisher fromCopyright = fromCopyright(cleaned);
        return fromCopyright != null ? fromCopyright : fromAuthorBio(cleaned);
    }

    /** "Marta Kowalczyk is a columnist for The Baltic Ledger." under the article: the author's current outlet. */
    private Publisher fromAuthorBio(CleanedArticle cleaned) {
        for (Line line : cleaned.linesOf(LineKind.BIO)) {
            Matcher m = STAFF_BIO.matcher(line.text().strip());
            if (m.matches()) {
                String name = m.group("name").endsWith(".") ? m.group("name").substring(0, m.group("name").length() - 1) : m.group("name");
                Optional<Outlet> known = gazetteer.byName(name);
                if (known.isPresent() && known.get().isPlatform()) {
                    continue;
                }
                return known.map(o -> publisher(o, 0.5, "author bio '" + shorten(line.text()) + "'"))
                        .orElseGet(() -> new Publisher(name, null, null, null, 0.5, "author bio '" + shorten(line.text()) + "' (outlet not in the gazetteer)"));
            }
        }
        return null;
    }

    /** "Headline | Reuters" in the page title, or a first line that is just an outlet's name. */
    private Publisher fromTitleOrMasthead(ParsedArticle parsed, CleanedArticle cleaned) {
        if (parsed.title() != null) {
            Matcher m = TITLE_SUFFIX.matcher(parsed.title());
            if (m.find()) {
                Optional<Outlet> o = gazetteer.byName(m.group(1).strip());
                if (o.isPresent()) {
                    return publisher(o.get(), 0.7, "page title '" + parsed.title() + "'");
                }
            }
        }
        for (Line line : cleaned.lines()) {
            if (line.index() > 4) {
                break;
            }
            if (line.kind() == LineKind.NAVIGATION || line.kind() == LineKind.HEAD) {
                String t = line.text().strip();
                Optional<Outlet> o = gazetteer.byName(t);
                if (o.isPresent() && t.length() <= o.get().name().length() + 12 && !o.get().isPlatform()) {
                    return publisher(o.get(), 0.6, "masthead '" + t + "'");
                }
            }
            if (line.kind() == LineKind.HEAD || line.kind() == LineKind.TITLE) {
                Publisher named = fromDateOrBylineLine(line.text().strip());
                if (named != null) {
                    return named;
                }
            }
        }
        return null;
    }

    /**
     * A header line pairing a date or byline with a name ("June 14, 2018 | The Liberty Ledger", "By Rosa Delgado |
     * Counterline Magazine", "Satire desk | The Weekly Bulletin") names the outlet even when the gazetteer does not
     * know it: modest confidence, since nothing else confirms it.
     */
    private Publisher fromDateOrBylineLine(String text) {
        Matcher m = MASTHEAD_LINE.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String left = m.group("left").strip();
        if (!BYLINE_OR_DESK.matcher(left).matches() && DATES.scanAbsolute(left).isEmpty()) {
            return null;
        }
        String name = m.group("name");
        Optional<Outlet> known = gazetteer.byName(name);
        if (known.isPresent()) {
            return known.get().isPlatform() ? null : publisher(known.get(), 0.6, "header line '" + text + "'");
        }
        return new Publisher(name, null, null, null, 0.55, "header line '" + text + "' (outlet not in the gazetteer)");
    }

    /** "© 2024 The Korea Herald. All rights reserved." names the site; a wire agency's copyright does not. */
    private Publisher fromCopyright(CleanedArticle cleaned) {
        for (Line line : cleaned.linesOf(LineKind.COPYRIGHT)) {
            Matcher m = COPYRIGHT_HOLDER.matcher(line.text());
            if (!m.find()) {
                continue;
            }
            String holder = m.group(1).strip();
            if (holder.toLowerCase(Locale.ROOT).startsWith("all rights")) {
                continue;
            }
            Optional<Outlet> o = gazetteer.byName(holder);
            if (o.isPresent()) {
                if (!o.get().isWire()) {
                    return publisher(o.get(), 0.55, shorten(line.text()));
                }
                continue;
            }
            if (WHITESPACE.split(holder).length <= 5) {
                return new Publisher(holder, null, null, null, 0.45, shorten(line.text()) + " (outlet not in the gazetteer)");
            }
        }
        return null;
    }


    private static Publisher publisher(Outlet o, double confidence, String evidence) {
        return new Publisher(o.name(), o.domain(), o.country(), o.kind(), confidence, evidence);
    }

    private static String snippet(String text, OutletMention m) {
        int from = Math.max(0, m.start() - 80);
        int to = Math.min(text.length(), m.end() + 60);
        String s = text.substring(from, to).strip();
        return (from > 0 ? "…" : "") + s + (to < text.length() ? "…" : "");
    }

    private static String shorten(String text) {
        return text.length() <= 160 ? text : text.substring(0, 159) + "…";
    }

    /** Cited outlets in order of first citation, with counts and up to three snippets each. */
    private static final class Citations {
        private record Entry(Outlet outlet, int[] mentions, List<String> evidence) {
        }

        private final Map<String, Entry> byName = new LinkedHashMap<>();

        void add(Outlet o, String evidence) {
            Entry e = byName.computeIfAbsent(o.name().toLowerCase(Locale.ROOT), k -> new Entry(o, new int[1], new ArrayList<>()));
            e.mentions()[0]++;
            if (e.evidence().size() < MAX_EVIDENCE) {
                e.evidence().add(evidence);
            }
        }

        List<CitedSource> toList() {
            if (byName.isEmpty()) {
                return List.of();
            }
            List<CitedSource> cited = new ArrayList<>(byName.size());
            for (Entry e : byName.values()) {
                cited.add(new CitedSource(e.outlet().name(), e.outlet().domain(), e.outlet().kind(), e.mentions()[0], e.evidence()));
            }
            return Collections.unmodifiableList(cited);
        }
    }
}
