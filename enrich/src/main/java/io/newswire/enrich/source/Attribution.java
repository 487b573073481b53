package io.newswire.enrich.source;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a line attributes information to an outlet it names: "according to RIA", "told Russian news agency
 * TASS", "wrote TASS", "Reuters reported", "(Yonhap) --", "/TASS/", "TASS: headline", "headline -- Sputnik",
 * "published on YouTube", "wrote on his Truth Social platform", "in an ABC News interview", "quoted as saying by
 * KCNA", "KCNA described ...", "selon l'AFP", "сообщает ТАСС". A photo credit is never an attribution, and a mere
 * mention ("the BBC was banned", "Telegram's founder") is not one either; a platform is cited only as the place
 * something was published, never as the subject of "said".
 */
final class Attribution {

    /** Cues that may be followed by a few descriptor words before the outlet ("according to the Russian state news agency Tass"). */
    private static final Set<String> BEFORE = Set.of(
            "according to", "told", "cited by", "citing", "quoted by", "quoting", "reported by", "as reported by",
            "in an interview with", "interview with", "quoted as saying by", "was quoted as saying by", "interview to", "speaking to", "spoke to", "spoke with", "statement to",
            "comments to", "said to", "confirmed to", "source", "sources", "broadcast by", "aired by", "published by",
            "carried by", "a report by", "report by", "reporting by", "courtesy of", "told the", "writes", "wrote", "via", "per",
            "selon", "d'après", "rapporté par", "a rapporté", "rapporte", "indique", "a indiqué", "écrit", "cité par", "citant", "a déclaré à", "a indiqué à", "a confié à", "relayé par",
            "según", "de acuerdo con", "citado por", "citando", "dijo a", "declaró a", "informó", "reportó", "informa",
            "laut", "berichtete", "berichtet", "meldete", "meldet", "sagte", "gegenüber", "unter berufung auf", "nach angaben",
            "zitiert von", "schreibt", "schrieb",
            "сообщает", "сообщило", "сообщил", "сообщила", "передает", "передаёт", "пишет", "по данным", "со ссылкой на",
            "по сообщению", "рассказал", "рассказала", "заявил", "заявила", "сообщают", "как сообщает", "в интервью",
            "источник", "quelle", "fuente");
    /** Of these the outlet must follow at once (one article at most): "wrote TASS", "via Reuters". */
    private static final Set<String> ADJACENT_ONLY = Set.of(
            "a rapporté", "rapporte", "indique", "a indiqué", "écrit", "writes", "wrote", "via", "per", "informó", "reportó", "informa", "berichtete", "berichtet", "meldete",
            "meldet", "sagte", "schreibt", "schrieb", "сообщает", "сообщило", "сообщил", "сообщила", "передает",
            "передаёт", "пишет", "рассказал", "рассказала", "заявил", "заявила", "сообщают", "как сообщает");
    private static final Set<String> AFTER = Set.of(
            "reported", "reports", "reporting", "said", "says", "quoted", "cited", "wrote", "writes", "learned", "has learned",
            "has reported", "had reported", "was told", "confirmed", "revealed", "citing", "quoting", "obtained",
            "understands", "published", "aired", "contributed", "described", "claimed", "stated", "announced", "noted",
            "condemned", "denounced", "accused", "warned", "could not independently", "could not immediately",
            "could not verify", "could not confirm", "was unable to", "contributed to this report", "broadcast", "showed", "reports that", "news agency reported",
            "zufolge", "berichtete", "berichtet", "meldete", "meldet", "schreibt", "schrieb",
            "rapporte", "a rapporté", "indique", "a indiqué", "écrit", "annonce", "a annoncé",
            "informó", "informa", "reportó", "publicó", "señaló", "indicó",
            "сообщает", "сообщило", "сообщил", "сообщила", "передает", "передаёт", "пишет", "уточняет", "со ссылкой");
    /** The last word of each {@code BEFORE} cue and the first of each {@code AFTER} cue: only there can a cue end or start. */
    private static final Set<String> BEFORE_LAST_WORDS = BEFORE.stream().map(c -> c.substring(c.lastIndexOf(' ') + 1)).collect(Collectors.toSet());
    private static final Set<String> AFTER_FIRST_WORDS = AFTER.stream().map(c -> c.split(" ", 2)[0]).collect(Collectors.toSet());
    /** Words that end the descriptor run between a cue and an outlet: a new clause has begun. */
    private static final Set<String> CLAUSE_WORDS = Set.of(
            "that", "which", "who", "whom", "whose", "when", "where", "while", "because", "although", "though", "if",
            "and", "or", "but", "nor", "so", "then", "than", "not", "no", "never", "said", "says", "say", "told", "tell",
            "tells", "asked", "he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "me", "it", "its", "his",
            "their", "our", "my", "your", "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
            "would", "could", "should", "can", "may", "might", "must", "do", "does", "did", "reporters", "journalists",
            "also", "about", "against", "after", "before", "published", "article", "wrote", "banned", "ban", "sanctions",
            "dass", "und", "oder", "que", "qui", "et", "ou", "y", "и", "что", "который", "которая");
    /** Words that may stand between an adjacent-only cue and the outlet. */
    private static final Set<String> DESCRIPTORS = Set.of(
            "the", "a", "an", "die", "der", "das", "den", "dem", "des", "la", "le", "les", "l'", "el", "los", "las",
            "news", "agency", "newspaper", "broadcaster", "channel", "outlet", "wire", "daily", "state", "state-run", "official",
            "nachrichtenagentur", "agentur", "zeitung", "agence", "agencia", "journal", "periódico", "diario",
            "агентство", "агентства", "газета", "издание", "телеканал");
    /** The words that end {@code PLATFORM_CUE}: "on", then up to two of the determiners ("on his own "). */
    private static final List<String> PLATFORM_PREPOSITIONS = List.of("on", "to", "via", "in", "auf", "sur", "en", "в");
    private static final List<String> PLATFORM_DETERMINERS = List.of(
            "his", "her", "their", "its", "the", "a", "an", "official", "own", "seinem", "ihrem", "son", "sa", "su");
    /** Communication words that, a few words before "on"/"to", make a platform or channel the source. */
    private static final Pattern PLATFORM_CUE = Pattern.compile(
            "(?iuU)\\b(published|posted|uploaded|shared|streamed|broadcast|aired|wrote|said|tweeted|announced|appeared|released"
                    + "|welcomed|praised|criticised|criticized|condemned|responded|reacted|commented|replied|warned|vowed|declared"
                    + "|reported|video|footage|post|message|statement|channel|account|interview|clip|live|veröffentlicht|publié|publicado|опубликовал\\p{L}*)"
                    + "\\b[^.!?;]{0,40}\\b(" + String.join("|", PLATFORM_PREPOSITIONS) + ")\\s+(?:(?:"
                    + String.join("|", PLATFORM_DETERMINERS) + ")\\s+){0,2}$");
    private static final Pattern CREDIT_BEFORE = Pattern.compile(
            "(?iuU)\\b(photo|image|picture|foto|фото|credit|photograph|illustration|bild|video still)s?\\s?"
                    + "(?:(?:by|courtesy of|credit|source)\\s?:?|[:/©])\\s?[\\p{L} .,&-]{0,30}$");
    /** The words {@code CREDIT_BEFORE} starts with ("photograph" starts with "photo"). */
    private static final List<String> CREDIT_WORDS = List.of("photo", "image", "picture", "foto", "фото", "credit", "illustration", "bild", "video still");
    private static final Pattern CREDIT_AFTER = Pattern.compile("^(\\s?photo\\b|\\s?/\\s?\\p{Lu}|\\s?/\\s?getty|\\s?via getty| images\\b)", Pattern.CASE_INSENSITIVE);
    /** "in an ABC News interview", "in a Reuters report": the outlet named inside the source it conducted. */
    private static final Pattern IN_A_BEFORE = Pattern.compile("(?iuU)\\bin\\s(?:a|an|the|his|her|their|its)(?:\\s\\p{L}+)?\\s$");
    private static final Pattern IN_A_AFTER = Pattern.compile("(?iuU)^\\s(?:interview|report|broadcast|podcast)s?\\b");
    private static final Pattern DASH_BEFORE = Pattern.compile("(?:--|—|–|\\s-)\\s?(?:[\\p{L} .&]{0,40}/)?\\s?$");
    private static final Pattern TAIL_AFTER = Pattern.compile("^\\s?(?:(?:/|,|&|and)\\s?[\\p{L}\\p{N} .&'-]{1,40})?\\s?[.)\\]]?\\s?$");
    private static final int WINDOW = 90;
    private static final int MAX_DESCRIPTORS = 6;
    /** Words in the longest {@code BEFORE} cue looked for ("was quoted as saying by"). */
    private static final int MAX_CUE_WORDS_BEFORE = 5;
    /** Words that may stand before an {@code AFTER} cue, and words in the longest cue looked for ("has reported"). */
    private static final int MAX_GAP_AFTER = 2;
    private static final int MAX_CUE_WORDS_AFTER = 3;

    private Attribution() {
    }

    /** Whether the mention in the line is an attribution; {@code listLine} allows only the "headline -- Outlet" form. */
    static boolean attributed(String line, OutletMention m, boolean listLine) {
        String before = line.substring(Math.max(0, m.start() - WINDOW), m.start());
        String after = line.substring(m.end(), Math.min(line.length(), m.end() + WINDOW));
        if (hasDash(before) && TAIL_AFTER.matcher(after).matches() && DASH_BEFORE.matcher(before).find()) {
            return true; // "headline -- Sputnik", "-- FOX News/AP"
        }
        if (listLine) {
            return false;
        }
        if (before.endsWith("(") && after.startsWith(")") || before.endsWith("/") && after.startsWith("/")
                || before.endsWith("/ ") && after.startsWith(" /")) {
            return true; // "(Reuters)", "/TASS/"
        }
        if (isCredit(before, after)) {
            return false;
        }
        if (m.start() == 0 && after.startsWith(":")) {
            return true; // "TASS: Kim Jong-un says ..."
        }
        String clause = Clauses.last(before);
        if ((m.outlet().isPlatform() || "BROADCASTER".equals(m.outlet().kind()))
                && endsInPlatformPreposition(clause) && PLATFORM_CUE.matcher(clause).find()) {
            return true;
        }
        if (mayStartInAAfter(after) && IN_A_AFTER.matcher(after).lookingAt() && IN_A_BEFORE.matcher(before).find()) {
            return true;
        }
        // A platform is where something was published, not a speaker: "Facebook said it removed accounts" is the company.
        return cueBefore(clause) || !m.outlet().isPlatform() && cueAfter(Clauses.first(after)) || cjkCue(before, after);
    }

    /** What {@code DASH_BEFORE} needs: a hyphen or dash. A plain search first, as the pattern is tried at every position. */
    private static boolean hasDash(String s) {
        return s.indexOf('-') >= 0 || s.indexOf('—') >= 0 || s.indexOf('–') >= 0;
    }

    private static boolean isCredit(String before, String after) {
        String tail = before.length() > 45 ? before.substring(before.length() - 45) : before;
        return hasCreditWord(tail) && CREDIT_BEFORE.matcher(tail).find() || mayStartCreditAfter(after) && CREDIT_AFTER.matcher(after).lookingAt();
    }

    /**
     * What {@code PLATFORM_CUE} needs at its end, without its search from every position: white space at the end,
     * and a word ending in one of its prepositions, followed by at most two of its determiners. Words compare as the
     * pattern's case-insensitive match does, or more loosely.
     */
    static boolean endsInPlatformPreposition(String clause) {
        int end = clause.length();
        if (end == 0 || !isWhiteSpace(clause.charAt(end - 1))) {
            return false;
        }
        for (int word = 0; word < 3; word++) {
            while (end > 0 && isWhiteSpace(clause.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && !isWhiteSpace(clause.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                return false;
            }
            for (String preposition : PLATFORM_PREPOSITIONS) {
                int at = end - preposition.length();
                if (at >= start && clause.regionMatches(true, at, preposition, 0, preposition.length())) {
                    return true;
                }
            }
            if (!isOneOf(clause, start, end, PLATFORM_DETERMINERS)) {
                return false;
            }
            end = start;
        }
        return false;
    }

    private static boolean isOneOf(String s, int start, int end, List<String> words) {
        for (String w : words) {
            if (w.length() == end - start && s.regionMatches(true, start, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }

    /** {@code \s} of a pattern with UNICODE_CHARACTER_CLASS: the Unicode White_Space property. */
    private static boolean isWhiteSpace(char c) {
        if (c < 0x80) {
            return c == ' ' || c >= '\t' && c <= '\r';
        }
        int type = Character.getType(c);
        return c == '\u0085' || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    /** What {@code CREDIT_AFTER} needs: "p", "/", "v" or " i" (any case) at the start, after one ASCII space at most. */
    private static boolean mayStartCreditAfter(String after) {
        int i = !after.isEmpty() && isAsciiSpace(after.charAt(0)) ? 1 : 0;
        return i < after.length() && "pP/vViI".indexOf(after.charAt(i)) >= 0;
    }

    private static boolean isAsciiSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r';
    }

    /** What {@code IN_A_AFTER} needs: white space, then the first letter of one of its nouns, as its match compares. */
    private static boolean mayStartInAAfter(String after) {
        return after.length() > 1 && isWhiteSpace(after.charAt(0))
                && "irbp".indexOf(Character.toLowerCase(Character.toUpperCase(after.charAt(1)))) >= 0;
    }

    /**
     * What {@code CREDIT_BEFORE} needs: one of its words, in the text folded letter by letter as its case-insensitive
     * match compares them; most text has none of these words.
     */
    private static boolean hasCreditWord(String s) {
        char[] folded = new char[s.length()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = Character.toLowerCase(Character.toUpperCase(s.charAt(i)));
        }
        String text = new String(folded);
        for (String word : CREDIT_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private static boolean cueBefore(String clause) {
        List<String> words = Clauses.lastWords(clause, MAX_DESCRIPTORS + MAX_CUE_WORDS_BEFORE);
        int n = words.size();
        for (int gap = 0; gap <= MAX_DESCRIPTORS && gap <= n; gap++) {
            if (gap > 0 && CLAUSE_WORDS.contains(words.get(n - gap))) {
                return false;
            }
            if (gap == n || !BEFORE_LAST_WORDS.contains(words.get(n - gap - 1))) {
                continue;
            }
            for (int k = 1; k <= MAX_CUE_WORDS_BEFORE && k <= n - gap; k++) {
                String cue = String.join(" ", words.subList(n - gap - k, n - gap));
                if (BEFORE.contains(cue) && (!ADJACENT_ONLY.contains(cue) || onlyDescriptors(words.subList(n - gap, n)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "wrote TASS", "berichtete die Nachrichtenagentur Reuters": articles and outlet nouns only, no other words. */
    private static boolean onlyDescriptors(List<String> gap) {
        return gap.stream().allMatch(DESCRIPTORS::contains);
    }

    private static boolean cueAfter(String clause) {
        List<String> words = Clauses.firstWords(clause, MAX_GAP_AFTER + MAX_CUE_WORDS_AFTER);
        for (int gap = 0; gap <= MAX_GAP_AFTER && gap < words.size(); gap++) {
            if (gap > 0 && CLAUSE_WORDS.contains(words.get(gap - 1))) {
                return false;
            }
            if (!AFTER_FIRST_WORDS.contains(words.get(gap))) {
                continue;
            }
            for (int k = MAX_CUE_WORDS_AFTER; k >= 1; k--) {
                if (gap + k <= words.size() && AFTER.contains(String.join(" ", words.subList(gap, gap + k)))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Korean and Chinese attach cues without spaces: "연합뉴스에 따르면", "据新华社报道". */
    private static boolean cjkCue(String before, String after) {
        String b = before.length() > 12 ? before.substring(before.length() - 12) : before;
        // Korean puts the reporting verb at the end of the clause: "조선중앙통신은 ... 보도했다."
        int end = after.length();
        for (String stop : new String[] {"다.", "。", ". "}) {
            int i = after.indexOf(stop);
            if (i >= 0 && i < end) {
                end = i + 1;
            }
        }
        String a = after.substring(0, Math.min(end, 90));
        boolean korean = a.startsWith("은") || a.startsWith("는") || a.startsWith("이") || a.startsWith("가") || a.startsWith("도")
                || a.startsWith("에");
        return korean && (a.contains("따르면") || a.contains("보도") || a.contains("전했") || a.contains("밝혔"))
                || a.startsWith("报道") || a.startsWith("消息") || a.startsWith("称") || a.startsWith("援引")
                || b.endsWith("据") || b.endsWith("援引") || b.endsWith("据了解");
    }
}
