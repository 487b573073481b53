package io.newswire.enrich.date;

import io.newswire.avro.PublishedDate;
import io.newswire.enrich.clean.CleanedArticle;
import io.newswire.enrich.clean.Dateline;
import io.newswire.enrich.clean.Line;
import io.newswire.enrich.clean.LineKind;
import io.newswire.enrich.date.DateCandidate.Role;
import io.newswire.enrich.parse.DeclaredDate;
import io.newswire.enrich.parse.ParsedArticle;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date by a cascade: declared metadata, the URL, a date line in the header, the dateline
 * (year-less dates resolved against the best anchor), "Published/Updated" lines and bylines (published wins over
 * updated), dates in the text; then, when the file gives no absolute date, an upper bound from reader comments or
 * the file's modified time, always at a confidence below 0.5.
 *
 * <p>Comment timestamps, related-article dates, embedded-post dates and copyright years never become the date:
 * comments only bound it from above, embedded posts from below.
 */
public final class PublicationDateFinder {

    /** Characters of body text scanned for dates in the text; bounds the cost on huge files. */
    static final int MAX_TEXT_CHARS = 20_000;

    private static final Pattern PUBLISHED_CUE = Pattern.compile(
            "(?iuU)\\b(published|posted|publication date|first published|released|veröffentlicht|erschienen|publié|publiée|mis en ligne"
                    + "|publicado|publicada|pubblicato|опубликовано|опубликован|дата публикации)\\b|입력|등록|发布时间|发布|發佈");
    private static final Pattern UPDATED_CUE = Pattern.compile(
            "(?iuU)\\b(updated|last updated|modified|modifié|edited|aktualisiert|stand|mis à jour|actualizado|actualizada"
                    + "|aggiornato|обновлено|обновлен)\\b|수정|更新");
    private static final Pattern BYLINE_START = Pattern.compile("(?iuU)^(by|von|par|por|автор|from)\\s\\p{Lu}");
    static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2}|[a-z]{3})[/-](\\d{1,2})(?:/|-|_|\\.|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:/|-|_|$)");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    static final Pattern ANY_URL = Pattern.compile("(?i)https?://\\S{3,500}");
    private static final int CUE_LOOKBACK = 40;
    private static final List<DateMethod> RUNGS =
            List.of(DateMethod.METADATA, DateMethod.URL, DateMethod.HEADER, DateMethod.DATELINE, DateMethod.BYLINE);
    private static final int MAX_COMMENT_LINES = 201;
    private static final int MAX_COMMENT_CHARS = 300;

    private final DateScanner scanner = new DateScanner();

    /** The publication date; null only when the file has no date and no file time is known. */
    public PublishedDate find(ParsedArticle parsed, CleanedArticle cleaned, Instant fileModifiedAt, Instant ingestedAt) {
        Instant now = ingestedAt == null ? Instant.now() : ingestedAt;
        LocalDate notAfter = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        Optional<DateMention> firstComment = earliest(cleaned.linesOf(LineKind.COMMENT), notAfter);
        LocalDate upperBound = firstComment.flatMap(DateMention::date).orElse(null);

        List<DateCandidate> found = new ArrayList<>();
        declared(parsed, notAfter, found);
        fromUrl(parsed.url(), 0.85, notAfter, found);
        // A repost's pointer to its original ("Full story at https://.../2024/06/19/...") dates the original.
        for (Line line : cleaned.linesOf(LineKind.SOURCE_REF)) {
            fromUrl(firstUrl(line.text()), 0.6, notAfter, found);
        }
        header(cleaned, notAfter, found);
        Optional<DateMention> dateline = datelineDate(cleaned);
        dateline.filter(DateMention::isAbsoluteDay).filter(m -> !m.date().get().isAfter(notAfter)).ifPresent(m ->
                found.add(DateCandidate.of(m, DateMethod.DATELINE, Role.NEUTRAL, 0.85, "dateline \"" + datelineText(cleaned) + "\"")));
        bylines(cleaned, notAfter, found);

        Optional<DateCandidate> chosen = choose(found);
        if (chosen.isPresent() && dateline.isPresent() && !dateline.get().hasYear()
                && dateline.get().monthDay().equals(Optional.of(MonthDay.from(chosen.get().date())))) {
            chosen = Optional.of(chosen.get().withConfidence(chosen.get().confidence() + 0.05,
                    "dateline \"" + datelineText(cleaned) + "\" agrees"));
        }
        if (chosen.isEmpty() && dateline.isPresent() && !dateline.get().hasYear()) {
            chosen = resolveYearless(dateline.get(), datelineText(cleaned), found, upperBound, fileModifiedAt);
        }
        if (chosen.isEmpty()) {
            chosen = found.stream().filter(c -> c.role() == Role.UPDATED).max(Comparator.comparingDouble(DateCandidate::confidence));
        }
        if (chosen.isEmpty()) {
            chosen = textDate(cleaned, notAfter, upperBound);
        }
        if (chosen.isPresent()) {
            return toAvro(adjust(chosen.get(), found, upperBound, firstComment));
        }
        if (firstComment.isPresent() && upperBound != null) {
            return toAvro(DateCandidate.of(firstComment.get(), DateMethod.COMMENTS_BOUND, Role.NEUTRAL, 0.3,
                    "no publication date in the file; not after the first reader comment \"" + firstComment.get().text() + "\""));
        }
        if (fileModifiedAt != null) {
            return fileTime(fileModifiedAt, DateMethod.FILE_MODIFIED, 0.2, "no date in the file; file modified time");
        }
        if (ingestedAt != null) {
            return fileTime(ingestedAt, DateMethod.INGESTED, 0.1, "no date in the file and no file time; ingest time");
        }
        return null;
    }

    private void declared(ParsedArticle parsed, LocalDate notAfter, List<DateCandidate> out) {
        // Pages declare one date in several places (meta tag, JSON-LD, <time>): each value is read once.
        Map<String, Optional<DateMention>> read = new HashMap<>();
        for (DeclaredDate d : parsed.dates()) {
            Optional<DateMention> m = read.computeIfAbsent(d.value(), this::parseDeclared);
            if (m.isEmpty() || m.get().date().get().isAfter(notAfter)) {
                continue;
            }
            boolean published = d.role() == DeclaredDate.Role.PUBLISHED;
            // A modification date only bounds publication from above: below 0.5 unless nothing better turns up.
            double confidence = published ? (d.strong() ? 0.95 : 0.8) : 0.45;
            out.add(DateCandidate.of(m.get(), DateMethod.METADATA, published ? Role.PUBLISHED : Role.UPDATED, confidence,
                    d.source() + "=" + d.value()));
        }
    }

    private Optional<DateMention> parseDeclared(String value) {
        String v = value.strip();
        if (isEpoch(v)) {
            long n = Long.parseLong(v);
            Instant i = v.length() == 13 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
            var t = i.atOffset(ZoneOffset.UTC);
            return Optional.of(new DateMention(t.getYear(), t.getMonthValue(), t.getDayOfMonth(), t.toLocalTime(), ZoneOffset.UTC,
                    null, 0, v.length(), v));
        }
        return scanner.scan(v.length() > 200 ? v.substring(0, 200) : v).stream().filter(DateMention::isAbsoluteDay).findFirst();
    }

    /** Seconds or milliseconds since the epoch: ten or thirteen ASCII digits. */
    private static boolean isEpoch(String v) {
        if (v.length() != 10 && v.length() != 13) {
            return false;
        }
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    static String firstUrl(String text) {
        // A match starts with "http" or "https" just before the first "://": search from there, not every character.
        int scheme = text.indexOf("://");
        if (scheme < 0) {
            return null;
        }
        Matcher m = ANY_URL.matcher(text);
        return m.find(Math.max(0, scheme - "https".length())) ? m.group() : null;
    }

    private static void fromUrl(String url, double confidence, LocalDate notAfter, List<DateCandidate> out) {
        if (url == null) {
            return;
        }
        int from = urlDateSearchStart(url);
        Matcher m = URL_DATE.matcher(url);
        if (from >= 0 && m.find(from)) {
            int base = m.group(1) != null ? 1 : 4;
            try {
                String month = m.group(base + 1);
                int monthNumber = Character.isDigit(month.charAt(0)) ? Integer.parseInt(month) : CalendarWords.month(month);
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(base)), monthNumber, Integer.parseInt(m.group(base + 2)));
                if (!d.isAfter(notAfter)) {
                    out.add(new DateCandidate(d, null, DatePrecision.DAY, DateMethod.URL, Role.NEUTRAL, confidence, "date in URL " + url));
                }
            } catch (java.time.DateTimeException e) {
                // not a date after all
            }
        }
    }

    /** Where {@code URL_DATE} can first match, at a "/19" or "/20" as both its forms start; -1 when there is none. */
    static int urlDateSearchStart(String url) {
        int nineteen = url.indexOf("/19");
        int twenty = url.indexOf("/20");
        return nineteen < 0 ? twenty : twenty < 0 ? nineteen : Math.min(nineteen, twenty);
    }

    /** Lines above the first paragraph: a date standing alone is the header date; with a cue it is a byline. */
    private void header(CleanedArticle cleaned, LocalDate notAfter, List<DateCandidate> out) {
        for (Line line : cleaned.lines()) {
            if (line.kind() == LineKind.BODY) {
                break;
            }
            if (line.kind() == LineKind.HEAD || line.kind() == LineKind.NAVIGATION || line.kind() == LineKind.TITLE) {
                lineDates(line.text(), DateMethod.HEADER, notAfter, out);
            }
        }
    }

    /** "Published/Updated" lines and bylines near the top or the bottom of the article. */
    private void bylines(CleanedArticle cleaned, LocalDate notAfter, List<DateCandidate> out) {
        List<Line> body = cleaned.linesOf(LineKind.BODY);
        for (int i = 0; i < body.size(); i++) {
            boolean nearTop = i < 5;
            boolean nearBottom = i >= Math.max(5, body.size() - 3);
            if ((nearTop || nearBottom) && body.get(i).text().length() < 400) {
                lineDates(body.get(i).text(), DateMethod.BYLINE, notAfter, out);
            }
        }
        for (Line line : cleaned.linesOf(LineKind.BOILERPLATE)) {
            lineDates(line.text(), DateMethod.BYLINE, notAfter, out);
        }
    }


    /**
     * Dates in one line, each classified by the words just before it. A header line without cue gives HEADER; in
     * the body only cued dates ("Published ...", "Updated ...", "By ... |") count.
     */
    private void lineDates(String text, DateMethod method, LocalDate notAfter, List<DateCandidate> out) {
        List<DateMention> mentions = scanner.scanAbsolute(text);
        boolean byline = !mentions.isEmpty() && BYLINE_START.matcher(text).find();
        for (DateMention m : mentions) {
            if (m.date().get().isAfter(notAfter)) {
                continue;
            }
            String before = text.substring(Math.max(0, m.start() - CUE_LOOKBACK), m.start());
            int updated = lastEnd(UPDATED_CUE, before);
            int published = lastEnd(PUBLISHED_CUE, before);
            DateCandidate c;
            // The nearest cue wins: "Published May 3 | Updated May 4".
            if (updated > published) {
                c = DateCandidate.of(m, DateMethod.BYLINE, Role.UPDATED, 0.45, "updated line " + quoted(text));
            } else if (published > updated) {
                c = DateCandidate.of(m, DateMethod.BYLINE, Role.PUBLISHED, 0.88, "published line " + quoted(text));
            } else if (byline) {
                c = DateCandidate.of(m, DateMethod.BYLINE, Role.NEUTRAL, 0.85, "byline " + quoted(text));
            } else if (method == DateMethod.HEADER && words(text) <= 16) {
                c = DateCandidate.of(m, DateMethod.HEADER, Role.NEUTRAL, 0.85, "header line " + quoted(text));
            } else {
                continue;
            }
            out.add(c);
        }
    }

    private static int lastEnd(Pattern cue, String text) {
        Matcher m = cue.matcher(text);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    private Optional<DateMention> datelineDate(CleanedArticle cleaned) {
        return cleaned.dateline().map(Dateline::dateText).flatMap(t -> scanner.scan(t).stream().findFirst());
    }

    private static String datelineText(CleanedArticle cleaned) {
        return cleaned.dateline().map(Dateline::text).orElse("");
    }

    /**
     * The first rung with a published (or neutral) date: metadata, URL, header, dateline, byline. Within a rung the
     * most confident, the first found on a tie.
     */
    private static Optional<DateCandidate> choose(List<DateCandidate> found) {
        for (DateMethod rung : RUNGS) {
            DateCandidate best = null;
            for (DateCandidate c : found) {
                if (c.method() == rung && c.role() != Role.UPDATED
                        && (best == null || Double.compare(c.confidence(), best.confidence()) > 0)) {
                    best = c;
                }
            }
            if (best != null) {
                return Optional.of(best);
            }
        }
        return Optional.empty();
    }

    /**
     * A dateline without a year ("PYONGYANG, May 31"): the year comes from another date in the file, else from the
     * first reader comment (the latest such day not after it), else from the file's modified time. A weekday
     * written with it narrows the year. Below 0.5 unless another date in the file gives the year.
     */
    private static Optional<DateCandidate> resolveYearless(DateMention m, String text, List<DateCandidate> found,
                                                                                                                  LocalDate upperBound, Instant fileModifiedAt) {
        Optional<MonthDay> md = m.monthDay();
        if (md.isEmpty()) {
            return Optional.empty();
        }
        String evidence = "dateline \"" + text + "\"";
        Optional<DateCandidate> anchor = found.stream().filter(c -> c.role() == Role.UPDATED).findFirst();
        if (anchor.isPresent()) {
            LocalDate d = latestOnOrBefore(md.get(), anchor.get().date(), m.weekday());
            return Optional.of(candidate(d, m, 0.6, evidence + ", year from " + anchor.get().evidence()));
        }
        if (upperBound != null) {
            LocalDate d = latestOnOrBefore(md.get(), upperBound, m.weekday());
            return Optional.of(candidate(d, m, 0.45, evidence + ", year from the first reader comment (" + upperBound + ")"));
        }
        if (fileModifiedAt != null) {
            LocalDate mtime = fileModifiedAt.atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate d = latestOnOrBefore(md.get(), mtime, m.weekday());
            double c = m.weekday() != null ? 0.45 : 0.35;
            return Optional.of(candidate(d, m, c, evidence + ", year guessed from the file time (" + mtime + ")"
                    + (m.weekday() != null ? " and the weekday" : "")));
        }
        return Optional.empty();
    }

    private static DateCandidate candidate(LocalDate d, DateMention m, double confidence, String evidence) {
        DateMention dated = m.withYear(d.getYear());
        return new DateCandidate(d, dated.isoDateTime().orElse(null), dated.precision(), DateMethod.DATELINE, Role.NEUTRAL, confidence, evidence);
    }

    /** The latest occurrence of a month-day on or before the limit; with a weekday, the latest year where it falls on it. */
    static LocalDate latestOnOrBefore(MonthDay md, LocalDate limit, DayOfWeek weekday) {
        for (int year = limit.getYear(); year > limit.getYear() - 12; year--) {
            if (!md.isValidYear(year)) {
                continue;
            }
            LocalDate d = md.atYear(year);
            if (!d.isAfter(limit) && (weekday == null || d.getDayOfWeek() == weekday)) {
                return d;
            }
        }
        LocalDate d = md.atYear(limit.getYear());
        return d.isAfter(limit) ? md.atYear(limit.getYear() - 1) : d;
    }

    /**
     * The last rung: the latest absolute date in the body or in embedded posts (an article is not older than a post
     * it embeds), never after the first reader comment. Always below 0.5: such dates are events, not the byline.
     */
    private Optional<DateCandidate> textDate(CleanedArticle cleaned, LocalDate notAfter, LocalDate upperBound) {
        LocalDate limit = upperBound != null && upperBound.isBefore(notAfter) ? upperBound : notAfter;
        DateCandidate best = null;
        int budget = MAX_TEXT_CHARS;
        for (Line line : cleaned.lines()) {
            boolean embed = line.kind() == LineKind.EMBED;
            if (!(embed || line.kind() == LineKind.BODY) || budget <= 0) {
                continue;
            }
            String text = line.text().length() > budget ? line.text().substring(0, budget) : line.text();
            budget -= text.length();
            for (DateMention m : scanner.scanAbsolute(text)) {
                LocalDate d = m.date().get();
                if (d.isAfter(limit) || best != null && !d.isAfter(best.date())) {
                    continue;
                }
                String evidence = embed
                        ? "no publication date in the file; not before the embedded post dated \"" + m.text() + "\""
                        : "no publication date in the file; latest date in the text \"" + m.text() + "\"";
                best = DateCandidate.of(m, DateMethod.TEXT, Role.NEUTRAL, embed ? 0.4 : 0.35, evidence);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Agreement between rungs raises confidence; disagreement, or a date after the first comment, lowers it. */
    private static DateCandidate adjust(DateCandidate c, List<DateCandidate> found, LocalDate upperBound,
                                                                            Optional<DateMention> firstComment) {
        DateCandidate result = c;
        boolean fallbackish = c.confidence() < 0.5;
        if (!fallbackish) {
            boolean agrees = false;
            DateCandidate conflict = null;
            for (DateCandidate o : found) {
                if (o.method() == c.method() || o.role() == Role.UPDATED) {
                    continue;
                }
                agrees |= o.date().equals(c.date());
                if (conflict == null && o.confidence() >= 0.8 && Math.abs(o.date().toEpochDay() - c.date().toEpochDay()) > 1) {
                    conflict = o;
                }
            }
            if (conflict != null) {
                result = result.withConfidence(result.confidence() - 0.25, "conflicts with " + conflict.evidence());
            } else if (agrees) {
                result = result.withConfidence(result.confidence() + 0.03, null);
            }
        }
        if (upperBound != null && result.date().isAfter(upperBound)) {
            result = result.withConfidence(Math.min(result.confidence(), 0.45),
                    "after the first reader comment \"" + firstComment.map(DateMention::text).orElse("") + "\"");
        }
        return result;
    }

    /** The earliest date in the first 201 comment lines (300 characters of each), the first written on a tie. */
    private Optional<DateMention> earliest(List<Line> comments, LocalDate notAfter) {
        List<String> texts = new ArrayList<>(Math.min(comments.size(), MAX_COMMENT_LINES));
        for (Line l : comments.subList(0, Math.min(comments.size(), MAX_COMMENT_LINES))) {
            texts.add(l.text().length() > MAX_COMMENT_CHARS ? l.text().substring(0, MAX_COMMENT_CHARS) : l.text());
        }
        return scanner.earliestAbsolute(texts, notAfter);
    }

    private static PublishedDate fileTime(Instant t, DateMethod method, double confidence, String evidence) {
        var utc = t.atOffset(ZoneOffset.UTC);
        return new PublishedDate(utc.toLocalDate().toString(), utc.toString(), DatePrecision.SECOND.name(), confidence,
                method.name(), evidence + " " + t);
    }

    private static PublishedDate toAvro(DateCandidate c) {
        return new PublishedDate(c.date().toString(), c.dateTime(), c.precision().name(), c.confidence(), c.method().name(), c.evidence());
    }

    private static int words(String s) {
        return s.isBlank() ? 0 : WHITESPACE.split(s.strip()).length;
    }

    private static String quoted(String s) {
        return "\"" + shorten(s) + "\"";
    }

    private static String shorten(String s) {
        return s.length() <= 120 ? s : s.substring(0, 119) + "…";
    }
}
