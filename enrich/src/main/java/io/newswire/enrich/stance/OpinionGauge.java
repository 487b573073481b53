package io.newswire.enrich.stance;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Decides how opinionated an article is, and so the net weight a target needs for a label: {@link
 * Tuning#THRESHOLD_NEWS} in straight reporting, down to {@link Tuning#THRESHOLD_OPINION} in an opinion piece. One
 * epithet in a wire story must stay NEUTRAL, while an opinion piece's jab at a side target counts. The wording says
 * how opinionated: the weight of the author's cues, damped for long articles so that a long wire story collecting a
 * few stray epithets does not read as opinion. So does the genre: an opinion label or a columnist's byline in the
 * header, the author's first person and "should", rhetorical questions; a wire dateline ("SEOUL, Oct 11 (Reuters) -")
 * says straight reporting.
 */
final class OpinionGauge {

    static final Pattern OPINION_LABEL = Pattern.compile("(?i)(?:opinion|editorial|commentary|column|op-?ed|"
            + "viewpoint|comment|guest (?:column|essay|opinion)|perspective|leader)(?:\\s*(?:[|:—–-]|$)|\\s+by\\b)");
    static final Pattern ANALYSIS_LABEL = Pattern.compile("(?i)(?:news )?analysis\\s*(?:[|:—–-]|$)");
    static final Pattern COLUMNIST = Pattern.compile("(?i)\\b(?:columnist|guest writer|opinion writer|"
            + "contributing writer|editorial board)\\b");
    static final Pattern DATELINE = Pattern.compile("[A-Z][A-Z.'’ -]{2,40}(?:,|\\s*\\(|\\s*[—–]|\\s+-\\s)");
    static final String[] AGENCY_MARKS = {"(Reuters)", "(AP)", "(AFP)", "(Xinhua)", "(Yonhap)", "(dpa)", "(UPI)",
        "(Bloomberg)", "(IANS)", "(PTI)", "(ANI)", "/TASS/", "(KCNA)"};
    /** Paragraphs after the title read as the header. */
    private static final int HEADER_PARAGRAPHS = 4;
    /** Header paragraphs longer than this many words (or characters) are not labels or bylines. */
    private static final int LABEL_MAX_WORDS = 12;
    private static final int LABEL_MAX_CHARS = 120;
    /** How much of a header paragraph is searched for a dateline or agency mark. */
    private static final int DATELINE_CHARS = 160;

    private OpinionGauge() {}

    /** The net weight a label needs in this article. */
    static double threshold(Document doc, List<Cue> cues) {
        double opinion = 0;
        for (Cue c : cues) {
            if (c.counted) {
                opinion += Math.abs(c.w);
            }
        }
        opinion /= Math.max(1.0, Math.sqrt(doc.sentences().count() / (double) Tuning.OPINION_SENTENCES));
        opinion += genre(doc.text());
        double frac = Math.max(0, Math.min(1, (opinion - Tuning.OPINION_LOW) / (Tuning.OPINION_HIGH - Tuning.OPINION_LOW)));
        return Tuning.THRESHOLD_NEWS + (Tuning.THRESHOLD_OPINION - Tuning.THRESHOLD_NEWS) * frac;
    }

    /** Opinion weight from the genre rather than the wording; negative for a wire dateline. Needs voice attributed. */
    static double genre(ArticleText text) {
        double label = headerLabel(text);
        if (label < 0) {
            return label;
        }
        int firstPerson = 0;
        int prescriptive = 0;
        int questions = 0;
        for (Token t : text.tokens()) {
            if (t.voice != Token.AUTHOR) {
                continue;
            }
            if (t.type == Token.WORD) {
                switch (t.norm) {
                    case "we", "us", "our", "ourselves", "i", "my", "me" -> firstPerson++;
                    case "should", "must", "ought" -> prescriptive++;
                    default -> { }
                }
            } else if (t.type == Token.PUNCT && t.ch == '?' && t.depth == 0) {
                questions++;
            }
        }
        return label + Math.min(Tuning.GENRE_FIRST_PERSON_MAX, Tuning.GENRE_FIRST_PERSON * firstPerson)
                + Math.min(Tuning.GENRE_PRESCRIPTIVE_MAX, Tuning.GENRE_PRESCRIPTIVE * prescriptive)
                + Math.min(Tuning.GENRE_QUESTION_MAX, Tuning.GENRE_QUESTION * questions);
    }

    /**
     * From the header (title and the first paragraphs, embedded posts aside): -{@link Tuning#GENRE_WIRE} for a wire
     * dateline or agency mark; else the weight of the strongest label ("Opinion |", "Editorial:", a columnist's byline,
     * "Analysis:"); else 0.
     */
    private static double headerLabel(ArticleText text) {
        int head = Math.min(text.paragraphCount(), text.titleParagraphs() + HEADER_PARAGRAPHS);
        double label = 0;
        for (int p = 0; p < head; p++) {
            if (text.isEmbeddedPost(p)) {
                continue;
            }
            String t = text.paragraph(p);
            String start = t.length() > DATELINE_CHARS ? t.substring(0, DATELINE_CHARS) : t;
            if (isWireDateline(start)) {
                return -Tuning.GENRE_WIRE;
            }
            if (t.length() <= LABEL_MAX_CHARS && words(t) <= LABEL_MAX_WORDS) {
                if (mayStartOpinionLabel(t) && OPINION_LABEL.matcher(t).lookingAt()) {
                    label = Math.max(label, Tuning.GENRE_LABEL);
                } else if (mayNameColumnist(t) && COLUMNIST.matcher(t).find()) {
                    label = Math.max(label, Tuning.GENRE_LABEL * 0.75);
                } else if (mayStartAnalysisLabel(t) && ANALYSIS_LABEL.matcher(t).lookingAt()) {
                    label = Math.max(label, Tuning.GENRE_LABEL * 0.5);
                }
            }
        }
        return label;
    }

    private static boolean isWireDateline(String start) {
        if (mayStartDateline(start) && DATELINE.matcher(start).lookingAt()) {
            return true;
        }
        if (!mayHoldAgencyMark(start)) {
            return false;
        }
        for (String mark : AGENCY_MARKS) {
            if (start.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    // Cheap first-character checks that skip a regex which cannot match; they follow the patterns above.

    /** {@link #DATELINE} needs a capital and two more dateline characters first. */
    static boolean mayStartDateline(String s) {
        return s.length() > 3 && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z' && isDatelineChar(s.charAt(1))
                && isDatelineChar(s.charAt(2));
    }

    private static boolean isDatelineChar(char c) {
        return (c >= 'A' && c <= 'Z') || c == '.' || c == '\'' || c == '’' || c == ' ' || c == '-';
    }

    /** Every one of {@link #AGENCY_MARKS} has a bracket or a slash. */
    static boolean mayHoldAgencyMark(String s) {
        return s.indexOf('(') >= 0 || s.indexOf('/') >= 0;
    }

    /** {@link #COLUMNIST} needs "columnist", "writer" or "editorial board", in any case. */
    static boolean mayNameColumnist(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if ((c == 'c' && s.regionMatches(true, i, "columnist", 0, 9))
                    || (c == 'w' && s.regionMatches(true, i, "writer", 0, 6))
                    || (c == 'e' && s.regionMatches(true, i, "editorial board", 0, 15))) {
                return true;
            }
        }
        return false;
    }

    /** Every word of {@link #OPINION_LABEL} starts with one of these letters, in either case. */
    static boolean mayStartOpinionLabel(String s) {
        return !s.isEmpty() && "oecvgpl".indexOf(Character.toLowerCase(s.charAt(0))) >= 0;
    }

    /** {@link #ANALYSIS_LABEL} starts with "news " or "analysis", in either case. */
    static boolean mayStartAnalysisLabel(String s) {
        return !s.isEmpty() && "na".indexOf(Character.toLowerCase(s.charAt(0))) >= 0;
    }

    private static int words(String t) {
        int w = 0;
        boolean in = false;
        for (int i = 0; i < t.length(); i++) {
            boolean space = Character.isWhitespace(t.charAt(i));
            if (!space && !in) {
                w++;
            }
            in = !space;
        }
        return w;
    }
}
