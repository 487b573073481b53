package io.newswire.bench.articles;

import io.newswire.enrich.CanonicalUrl;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Realistic article files from the templates in this package ({@code en.txt}, {@code de.txt}, ...): plain-text scrapes,
 * web pages and JSON records in five languages, of varied length around 3 KB, with the furniture real files carry
 * (navigation, newsletter prompts, related-article lists with dates, reader comments with timestamps, copyright
 * lines), datelines with wire attributions and opinionated sentences for the stance tagger.
 *
 * <p>Deterministic: article {@code serial} depends only on the seed and the serial, so any subset can be generated
 * in any order or in parallel. Every article is unique (its URL holds the serial), so none is a duplicate that the
 * sink would fold into another.
 */
public final class ArticleGenerator {
    public static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "ru");
    private static final double[] LANGUAGE_SHARES = {0.5, 0.125, 0.125, 0.125, 0.125};
    private static final double[] FORMAT_SHARES = {0.4, 0.4, 0.2};
    /** Total size: log-normal with this median and spread, so the mean is about 3 KB and a few are much longer. */
    private static final double MEDIAN_BYTES = 2700;
    private static final double SIZE_SIGMA = 0.45;
    private static final int MIN_BYTES = 800;
    private static final int MAX_BYTES = 20_000;
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
    private static final int DAYS = 900;

    private final long seed;
    private final Map<String, LanguagePack> packs;

    public ArticleGenerator(long seed) {
        this.seed = seed;
        this.packs = LANGUAGES.stream().collect(Collectors.toMap(l -> l, LanguagePack::load));
    }

    /** Article number {@code serial} of this seed's set. */
    public GeneratedArticle article(int serial) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + serial);
        LanguagePack pack = packs.get(LANGUAGES.get(pickIndex(LANGUAGE_SHARES, random)));
        ArticleFormat format = ArticleFormat.values()[pickIndex(FORMAT_SHARES, random)];
        ArticleDraft draft = draft(serial, pack, format, random);
        String text = switch (format) {
            case TEXT -> TextRenderer.render(draft, random);
            case HTML -> HtmlRenderer.render(draft, random);
            case JSON -> JsonRenderer.render(draft, random);
        };
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        String slug = draft.url().substring(draft.url().lastIndexOf('/') + 1);
        String urlId = CanonicalUrl.normalize(draft.url()).map(CanonicalUrl::sha256Hex).orElse(null);
        return new GeneratedArticle(serial, draft.sourceFolder() + "/" + slug + "." + format.extension(), format,
                pack.language(), content, CanonicalUrl.sha256Hex(content), draft.declaresUrl() ? urlId : null);
    }

    private ArticleDraft draft(int serial, LanguagePack pack, ArticleFormat format, RandomGenerator random) {
        int targetBytes = (int) Math.max(MIN_BYTES, Math.min(MAX_BYTES,
                MEDIAN_BYTES * Math.exp(SIZE_SIGMA * random.nextGaussian())));
        String[] publisher = pack.pick("publishers", random).split("\\|");
        ZonedDateTime published = FIRST_DAY.plusDays(random.nextInt(DAYS))
                .atTime(6 + random.nextInt(16), random.nextInt(60)).atZone(ZoneOffset.UTC);
        List<String> targets = new ArrayList<>(pack.all("targets"));
        String target = targets.remove(random.nextInt(targets.size()));
        Fill fill = new Fill(pack, random, published, publisher[0], target, targets.get(random.nextInt(targets.size())),
                pack.pick("cities", random), pack.pick("authors", random));

        String headline = capitalize(fill.apply(pack.pick("headline", random)));
        String url = "https://www." + publisher[1] + "/" + section(random) + "/" + published.toLocalDate().toString()
                .replace('-', '/') + "/" + slug(headline) + "-" + serial;
        boolean declaresUrl = switch (format) {
            case HTML -> random.nextDouble() < 0.8;
            case JSON -> random.nextDouble() < 0.9;
            case TEXT -> false;
        };
        String dateline = random.nextDouble() < 0.6 ? fill.apply(pack.pick("dateline", random)) : null;
        List<String> nav = random.nextDouble() < (format == ArticleFormat.HTML ? 1.0 : 0.3)
                ? pack.all("nav").subList(0, 3 + random.nextInt(pack.all("nav").size() - 2)) : List.of();
        String subscribe = random.nextDouble() < 0.6 ? pack.pick("subscribe", random) : null;
        List<ArticleDraft.Related> related = new ArrayList<>();
        String relatedHeading = null;
        if (random.nextDouble() < 0.5) {
            relatedHeading = pack.pick("related-heading", random);
            for (int i = 2 + random.nextInt(3); i > 0; i--) {
                ZonedDateTime earlier = published.minusDays(1 + random.nextInt(60));
                related.add(new ArticleDraft.Related(capitalize(fill.apply(pack.pick("headline", random))),
                        fill.date(earlier), "https://www." + publisher[1] + "/" + section(random) + "/a" + random.nextInt(1_000_000)));
            }
        }
        List<ArticleDraft.Comment> comments = new ArrayList<>();
        String commentsHeading = null;
        if (random.nextDouble() < 0.4) {
            int count = 1 + random.nextInt(6);
            commentsHeading = fill.apply(pack.pick("comments-heading", random).replace("{n}", String.valueOf(count)));
            ZonedDateTime at = published;
            for (int i = 0; i < count; i++) {
                at = at.plusMinutes(5 + random.nextInt(600));
                comments.add(new ArticleDraft.Comment(pack.pick("commenters", random),
                        fill.withTime(at).apply(pack.pick("comment-time", random)), fill.apply(pack.pick("comment", random))));
            }
        }
        String copyright = random.nextDouble() < 0.5 ? fill.apply(pack.pick("copyright", random)) : null;
        String fullStory = format == ArticleFormat.TEXT || random.nextDouble() < 0.2
                ? pack.pick("full-story", random).replace("{url}", url) : null;

        int furniture = bytes(headline) + 120 + (dateline == null ? 0 : bytes(dateline)) + bytes(nav) + bytes(subscribe)
                + bytes(relatedHeading) + related.stream().mapToInt(r -> bytes(r.headline()) + 40).sum()
                + bytes(commentsHeading) + comments.stream().mapToInt(c -> bytes(c.text()) + 40).sum()
                + bytes(copyright) + bytes(fullStory) + (format == ArticleFormat.HTML ? 700 : 0);
        return new ArticleDraft(serial, pack.language(), publisher[0], publisher[1], url, declaresUrl, headline,
                fill.apply(pack.pick("byline", random)), fill.apply(pack.pick("published", random)), published, dateline,
                paragraphs(pack, fill, random, Math.max(300, targetBytes - furniture)), nav, subscribe, relatedHeading,
                related, commentsHeading, comments, copyright, fullStory);
    }

    /** Paragraphs of two to five sentences, now and then an opinion or a quote, until {@code budget} bytes. */
    private static List<String> paragraphs(LanguagePack pack, Fill fill, RandomGenerator random, int budget) {
        List<String> paragraphs = new ArrayList<>();
        int used = 0;
        while (used < budget) {
            StringBuilder p = new StringBuilder();
            for (int n = 2 + random.nextInt(4); n > 0 && used + bytes(p.toString()) < budget; n--) {
                double kind = random.nextDouble();
                String section = kind < 0.12 ? "opinion" : kind < 0.27 ? "quote" : "sentence";
                p.append(p.isEmpty() ? "" : " ").append(capitalize(fill.apply(pack.pick(section, random))));
            }
            paragraphs.add(p.toString());
            used += bytes(p.toString()) + 2;
        }
        return paragraphs;
    }

    private static String section(RandomGenerator random) {
        return List.of("world", "politics", "europe", "business", "news").get(random.nextInt(5));
    }

    /** The URL slug of a headline: lower-case letters and digits of any script, joined by hyphens, at most 8 words. */
    static String slug(String headline) {
        return Pattern.compile("[^\\p{L}\\p{N}]+").splitAsStream(headline.toLowerCase(Locale.ROOT))
                .filter(w -> !w.isEmpty()).limit(8).collect(Collectors.joining("-"));
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    private static int bytes(String s) {
        return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
    }

    private static int bytes(List<String> lines) {
        return lines.stream().mapToInt(l -> bytes(l) + 1).sum();
    }

    private static int pickIndex(double[] shares, RandomGenerator random) {
        double r = random.nextDouble();
        for (int i = 0; i < shares.length - 1; i++) {
            r -= shares[i];
            if (r < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    /** Fills the placeholders of a template with this article's cast, dates and random numbers. */
    static final class Fill implements Function<String, String> {
        private final LanguagePack pack;
        private final RandomGenerator random;
        private final ZonedDateTime time;
        private final String outlet;
        private final String target;
        private final String target2;
        private final String city;
        private final String author;

        Fill(LanguagePack pack, RandomGenerator random, ZonedDateTime time, String outlet, String target, String target2,
             String city, String author) {
            this.pack = pack;
            this.random = random;
            this.time = time;
            this.outlet = outlet;
            this.target = target;
            this.target2 = target2;
            this.city = city;
            this.author = author;
        }

        /** The same cast at another time (a comment's timestamp). */
        Fill withTime(ZonedDateTime other) {
            return new Fill(pack, random, other, outlet, target, target2, city, author);
        }

        String date(ZonedDateTime at) {
            return withTime(at).apply(pack.all("date").get(0));
        }

        @Override
        public String apply(String template) {
            Matcher m = PLACEHOLDER.matcher(template);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1))));
            }
            return m.appendTail(out).toString();
        }

        private String value(String name) {
            return switch (name) {
                case "target" -> target;
                case "target2" -> target2;
                case "city" -> city;
                case "CITY" -> city.toUpperCase(Locale.ROOT);
                case "person" -> pack.pick("persons", random);
                case "author" -> author;
                case "outlet" -> outlet;
                case "n" -> String.valueOf(2 + random.nextInt(random.nextBoolean() ? 20 : 900));
                case "weekday" -> pack.pick("weekdays", random);
                case "date" -> date(time);
                case "year" -> String.valueOf(time.getYear());
                case "month" -> pack.all("months").get(time.getMonthValue() - 1);
                case "monthnum" -> String.format("%02d", time.getMonthValue());
                case "day" -> String.valueOf(time.getDayOfMonth());
                case "hour" -> String.format("%02d", time.getHour());
                case "minute" -> String.format("%02d", time.getMinute());
                default -> throw new IllegalArgumentException(pack.language() + ": unknown placeholder {" + name + "}");
            };
        }
    }
}
