package io.newswire.enrich.clean;

import io.newswire.enrich.clean.CleanerCues.Section;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Separates the article from what surrounds it in a scrape: navigation and section labels, repeated headlines,
 * captions and photo credits, embedded tweets, related-article lists, author bios, newsletter and share prompts,
 * copyright lines, and reader comments (counted). Works line by line with cheap, anchored patterns.
 */
public final class TextCleaner {

    /** Lines are classified on their first characters only; a 10 MB line costs no more than a short one. */
    private static final int CLASSIFY_CHARS = 400;
    private static final int LONG_PARAGRAPH_WORDS = 15;
    private static final int MAX_CUE_WORDS = 30;

    private static final Pattern TWEET_ATTRIBUTION = Pattern.compile(
            "^[—–-]{1,2}\\s?[^\\n]{1,80}\\(@\\w{1,30}\\)\\s+\\p{L}{3,9}\\.?\\s+\\d{1,2},\\s+\\d{4}.*$");
    private static final Pattern SAID = Pattern.compile(
            "^[\\p{L}\\d][\\p{L}\\p{N} ._'’-]{0,40}\\s(?:said|says|wrote|writes|sagte|schrieb|a dit|a écrit|dijo|escribió|написал|пишет)\\s?(?:\\.{2,3}|…|:)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern COMMENT_COUNT = Pattern.compile("(\\d+)");
    private static final Pattern EDITOR_NOTE = Pattern.compile(
            "^(?:[\\p{L}.]+\\s){0,2}editor'?s?\\s?(?:note|comment)?\\s?:.*|^(?:update|note|p\\.?s\\.?|editor'?s note|my comment)\\s?:.*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern NAV_SEPARATORS = Pattern.compile("(?:\\s[|•·»/]\\s.*){3,}");
    private static final Pattern HAS_URL = Pattern.compile("(?i)https?://|www\\.");
    private static final Pattern ENDS_LIKE_TEXT = Pattern.compile(".*[\\d.!?:]$");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    private final CleanerCues cues;

    public TextCleaner() {
        cues = DefaultCues.WITH_MARKERS;
    }

    public TextCleaner(CleanerCues cues) {
        this.cues = withMarkers(cues);
    }

    private static CleanerCues withMarkers(CleanerCues cues) {
        return cues.withMarkers(Arrays.stream(Marker.values()).map(m -> m.text).toList());
    }

    /** The default cues with the markers, built once for every default cleaner. */
    private static final class DefaultCues {
        static final CleanerCues WITH_MARKERS = withMarkers(CleanerCues.defaults());
    }

    /** Substrings the tests of a line look for, found in the pass over it for the cues instead of a search apiece. */
    private enum Marker {
        SLASH("/"), POST_SHARED_BY("post shared by"), MENTION("(@"), GETTY("getty"), SHUTTERSTOCK("shutterstock"),
        // Words a credit has ("picture" starts with "pic").
        PHOTO("photo"), IMAGE("image"), FOTO("foto"), CYRILLIC_FOTO("фото"), CREDIT("credit"), ILLUSTRATION("illustration"),
        PIC("pic"), BILD("bild");

        final String text;

        Marker(String text) {
            this.text = text;
        }

        boolean in(long markers) {
            return (markers & 1L << ordinal()) != 0;
        }
    }

    private static final long CREDIT_WORDS = EnumSet.range(Marker.PHOTO, Marker.BILD).stream()
            .mapToLong(m -> 1L << m.ordinal()).reduce(0, (a, b) -> a | b);

    /**
     * Classifies the lines of a parsed body.
     *
     * @param body               the body, one paragraph per line
     * @param title              the headline, so that repeats of it are recognised; may be null
     * @param structuralComments comments the parser already separated (HTML comment sections)
     */
    public CleanedArticle clean(String body, String title, int structuralComments) {
        List<String> texts = nonBlankLines(body == null ? "" : body);
        int n = texts.size();
        LineKind[] kinds = new LineKind[n];
        // Each line's head, and its lower case, made once: every test below reads them.
        String[] heads = new String[n];
        String[] lower = new String[n];
        int[] words = new int[n];
        List<Set<Section>> sections = new ArrayList<>(n);
        long[] markers = new long[n];
        boolean[] tweetAttributions = new boolean[n];
        for (int i = 0; i < n; i++) {
            heads[i] = head(texts.get(i));
            words[i] = words(texts.get(i));
            // Only short lines meet the case-insensitive tests (credits, cues); long ones need just the URL checks.
            if (words[i] <= 40) {
                lower[i] = heads[i].toLowerCase(Locale.ROOT);
                CleanerCues.LineScan scan = cues.scan(lower[i]);
                sections.add(scan.sections());
                markers[i] = scan.markers();
            } else {
                lower[i] = heads[i];
                sections.add(null);
                markers[i] = markersIn(heads[i]);
            }
            tweetAttributions[i] = Marker.MENTION.in(markers[i]) && TWEET_ATTRIBUTION.matcher(heads[i]).matches();
        }
        String titleKey = title == null ? null : key(title);
        for (int i = 0; i < n; i++) {
            kinds[i] = standalone(heads, lower, words, sections.get(i), markers[i], tweetAttributions, i, titleKey);
        }
        int bodyStart = bodyStart(heads, kinds, words);
        Optional<Dateline> dateline = Optional.empty();
        for (int i = bodyStart, seen = 0; i < n && seen < 3 && dateline.isEmpty(); i++) {
            if (kinds[i] == null) {
                dateline = DatelineReader.read(heads[i], i);
                seen++;
            }
        }
        classifyHead(heads, lower, kinds, words, sections, bodyStart);
        int comments = classifyBody(heads, kinds, words, sections, bodyStart) + structuralComments;
        List<Line> lines = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            lines.add(new Line(i, texts.get(i), kinds[i]));
        }
        return new CleanedArticle(lines, comments, dateline);
    }

    /** Kinds a line has wherever it stands; null when its position decides. */
    private LineKind standalone(String[] heads, String[] lower, int[] wordCounts, Set<Section> sections, long markers,
            boolean[] tweetAttributions, int i, String titleKey) {
        String line = heads[i];
        String low = lower[i];
        if (titleKey != null && Math.abs(line.length() - titleKey.length()) <= 3 + titleKey.length() / 4
                && TitleKey.mayHaveKey(line, titleKey) && titleKey.equals(key(line))) {
            return LineKind.TITLE;
        }
        int words = wordCounts[i];
        if (isEmbed(low, markers) || tweetAttributions[i] || i + 1 < heads.length && tweetAttributions[i + 1] && words <= 80) {
            return LineKind.EMBED;
        }
        if (words <= 40 && isCredit(line, markers)) {
            return LineKind.CAPTION;
        }
        if (words > MAX_CUE_WORDS) {
            return null;
        }
        if (sections.contains(Section.END)) {
            return LineKind.SOURCE_REF;
        }
        if (sections.contains(Section.COPYRIGHT)) {
            return LineKind.COPYRIGHT;
        }
        if (sections.contains(Section.BOILERPLATE)) {
            return LineKind.BOILERPLATE;
        }
        return null;
    }

    /** The markers in a long line, searched one by one: a cue pass over it would cost more than these few searches. */
    private static long markersIn(String text) {
        long found = 0;
        for (Marker marker : Marker.values()) {
            if (text.contains(marker.text)) {
                found |= 1L << marker.ordinal();
            }
        }
        return found;
    }

    /** Plain substring tests: a case-insensitive regex alternation run over every line is what costs. */
    private static boolean isEmbed(String low, long markers) {
        return Marker.SLASH.in(markers) && (low.contains("pic.twitter.com/") || low.contains("/status/") && (low.contains("twitter.com/") || low.contains("x.com/"))
                || low.contains("instagram.com/p/") || low.contains("t.me/"))
                || Marker.POST_SHARED_BY.in(markers) && (low.contains("A post shared by") || low.contains("a post shared by"));
    }

    /** Agency credits have a slash, stock ones their agency's name, the others a credit word. */
    private static boolean isCredit(String line, long markers) {
        boolean slash = Marker.SLASH.in(markers);
        boolean stock = Marker.GETTY.in(markers) || Marker.SHUTTERSTOCK.in(markers);
        if (!slash && !stock && (markers & CREDIT_WORDS) == 0) {
            return false;
        }
        return CreditLine.matches(line, (markers & CREDIT_WORDS) != 0, slash, stock);
    }

    /** The first line that reads as article prose (a long paragraph or a dateline). */
    private static int bodyStart(String[] heads, LineKind[] kinds, int[] words) {
        for (int i = 0; i < heads.length; i++) {
            String line = heads[i];
            if (kinds[i] == null && (words[i] >= LONG_PARAGRAPH_WORDS || DatelineReader.opensWithDateline(line))) {
                return i;
            }
        }
        return 0;
    }

    /** Above the first paragraph: section labels and menus are navigation; date lines, bylines and decks are head. */
    private void classifyHead(String[] heads, String[] lower, LineKind[] kinds, int[] wordCounts, List<Set<Section>> sections, int bodyStart) {
        for (int i = 0; i < bodyStart; i++) {
            if (kinds[i] != null) {
                continue;
            }
            String line = heads[i];
            String low = lower[i];
            boolean navCue = sections.get(i) != null ? sections.get(i).contains(Section.NAV) : cues.matches(Section.NAV, low);
            if (navCue || isMenu(line) || isLabel(line, wordCounts[i])) {
                kinds[i] = LineKind.NAVIGATION;
            } else {
                kinds[i] = LineKind.HEAD;
            }
        }
    }

    /** Three separators with a space on each side make a menu: {@code NAV_SEPARATORS} is only tried on lines with three. */
    private static boolean isMenu(String line) {
        int separators = 0;
        for (int i = 0; i < line.length() && separators < 3; i++) {
            char c = line.charAt(i);
            if (c == '|' || c == '•' || c == '·' || c == '»' || c == '/') {
                separators++;
            }
        }
        return separators == 3 && NAV_SEPARATORS.matcher(line).find();
    }

    /** A short line that does not read as text: a section label. */
    private static boolean isLabel(String line, int words) {
        return words <= 3 && !ENDS_LIKE_TEXT.matcher(line).matches() && !HAS_DIGIT.matcher(line).matches();
    }

    private enum State { BODY, RELATED, BIO, COMMENTS, AFTER_SOURCE }

    /** Walks the body with a small state machine; returns the number of reader comments found. */
    private int classifyBody(String[] heads, LineKind[] kinds, int[] wordCounts, List<Set<Section>> sections, int bodyStart) {
        State state = State.BODY;
        int commentStarts = 0;
        int declaredComments = 0;
        int untitledComments = 0;
        int bioParagraphs = 0;
        boolean seenProse = false;
        int n = heads.length;
        for (int i = bodyStart; i < n; i++) {
            String line = heads[i];
            if (kinds[i] != null) {
                if (kinds[i] == LineKind.SOURCE_REF && HAS_URL.matcher(line).find() && state == State.BODY) {
                    state = State.AFTER_SOURCE;
                }
                continue;
            }
            int words = wordCounts[i];
            Set<Section> cue = words <= MAX_CUE_WORDS ? sections.get(i) : Set.of();
            if (cue.contains(Section.COMMENTS)) {
                kinds[i] = LineKind.COMMENT;
                state = State.COMMENTS;
                Matcher count = COMMENT_COUNT.matcher(line);
                if (count.find()) {
                    declaredComments = Math.max(declaredComments, parse(count.group(1)));
                }
                continue;
            }
            if (seenProse && words <= 14 && (CommenterLine.matches(line) || maybeSaid(line) && SAID.matcher(line).matches())) {
                kinds[i] = LineKind.COMMENT;
                state = State.COMMENTS;
                commentStarts++;
                continue;
            }
            if (state == State.COMMENTS) {
                kinds[i] = LineKind.COMMENT;
                continue;
            }
            if (cue.contains(Section.RELATED)) {
                kinds[i] = LineKind.RELATED;
                state = State.RELATED;
                continue;
            }
            if (cue.contains(Section.BIO)) {
                kinds[i] = LineKind.BIO;
                state = State.BIO;
                bioParagraphs = 0;
                continue;
            }
            if (state == State.RELATED) {
                if (isListItem(line, words)) {
                    kinds[i] = LineKind.RELATED;
                    continue;
                }
                state = State.BODY;
            }
            if (state == State.BIO) {
                if (bioParagraphs < 2 && words > 3) {
                    kinds[i] = LineKind.BIO;
                    bioParagraphs++;
                    continue;
                }
                state = State.BODY;
            }
            if (state == State.AFTER_SOURCE) {
                // In a repost, what follows the pointer to the original is the forum's or blog's, not the article's:
                // an editor's note stays with the text, anything else there is read as a reader comment.
                if (EDITOR_NOTE.matcher(line).matches()) {
                    kinds[i] = LineKind.BODY;
                    state = State.BODY;
                } else {
                    kinds[i] = LineKind.COMMENT;
                    untitledComments++;
                }
                continue;
            }
            if (i > n / 2 && BioSentence.matches(line)) {
                kinds[i] = LineKind.BIO;
                continue;
            }
            kinds[i] = LineKind.BODY;
            seenProse |= words >= LONG_PARAGRAPH_WORDS;
        }
        int fromHeadings = commentStarts > 0 ? commentStarts : declaredComments;
        if (fromHeadings == 0) {
            for (int i = 0; i < n; i++) {
                if (kinds[i] == LineKind.COMMENT && !(sections.get(i) != null ? sections.get(i).contains(Section.COMMENTS)
                        : cues.matches(Section.COMMENTS, heads[i].toLowerCase(Locale.ROOT)))) {
                    fromHeadings++;
                }
            }
            fromHeadings -= untitledComments;
        }
        return fromHeadings + untitledComments;
    }

    /** {@code SAID} lines end with "..", "...", "…" or ":". */
    private static boolean maybeSaid(String line) {
        int n = line.length();
        char last = line.charAt(n - 1);
        return last == '…' || last == ':' || last == '.' && n >= 2 && line.charAt(n - 2) == '.';
    }

    /** A related-list entry: a headline or an author name, not a paragraph of prose. */
    private static boolean isListItem(String line, int words) {
        if (words > 24) {
            return false;
        }
        return !(words > 12 && line.endsWith("."));
    }

    private static int parse(String digits) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String head(String line) {
        return line.length() > CLASSIFY_CHARS ? line.substring(0, CLASSIFY_CHARS) : line;
    }

    /** {@link TitleKey} of a line's head. */
    private static String key(String s) {
        return TitleKey.of(head(s));
    }

    /** The lines of a text, stripped, without the blank ones. */
    static List<String> nonBlankLines(String text) {
        List<String> lines = new ArrayList<>();
        for (int start = 0; start < text.length(); ) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            end = end < 0 ? text.length() : end;
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                lines.add(text.substring(start, end));
            }
            start = next;
        }
        return lines;
    }

    static int words(String s) {
        int count = 0;
        boolean in = false;
        char highest = 0;
        int limit = Math.min(s.length(), CLASSIFY_CHARS);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            boolean space = c <= ' ' || c == '\u00A0' || c >= '\u2000' && c <= '\u200B' || c == '\u3000';
            if (!space && !in) {
                count++;
            }
            in = !space;
            highest = (char) Math.max(highest, c);
        }
        // No ideograph or Hangul syllable is below U+3000: only lines with characters that high need counting them,
        // in a loop of their own, as the call per character that test makes keeps this loop from being compiled tight.
        return highest < '\u3000' ? count : Math.max(count, wideCharacters(s, limit) / 2);
    }

    /** CJK and Hangul have no or few spaces: two of these characters count as a word. */
    private static int wideCharacters(String s, int limit) {
        int wide = 0;
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c >= '\u1100' && (Character.isIdeographic(c) || c >= '\uAC00' && c <= '\uD7A3')) {
                wide++;
            }
        }
        return wide;
    }
}
