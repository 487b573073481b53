package io.newswire.enrich.stance;

import io.newswire.avro.Stance;
import io.newswire.avro.StanceLabel;
import io.newswire.enrich.stance.LexiconStanceTagger.AliasRef;
import io.newswire.enrich.stance.LexiconStanceTagger.Tuning;
import io.newswire.enrich.stance.StanceLexicon.Entry;
import io.newswire.enrich.stance.StanceLexicon.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** One article's pass through the {@link LexiconStanceTagger} rules. Not thread-safe; one instance per call. */
final class StanceAnalysis {

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "his",
            "her", "its", "their", "our", "my", "your", "every", "each", "any", "some", "no", "whose", "such");
    private static final Set<String> MODALS = Set.of("should", "must", "would", "could", "can", "will", "might", "may",
            "shall", "ought", "cannot");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were", "are", "also",
            "then", "later", "once", "again", "repeatedly", "previously", "publicly", "privately", "still", "did",
            "does", "do", "be", "been", "not");
    private static final Set<String> COORDINATORS = Set.of("and", "or", "but", "while", "yet", "nor");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whose", "where", "when", "whom");
    private static final Set<String> PRONOUN_OBJECTS = Set.of("he", "she", "it", "they", "we", "i", "you", "there",
            "this", "that", "these", "those", "what", "how", "why", "whether", "if");
    private static final Set<String> NAMING = Set.of("called", "named", "titled", "entitled", "nicknamed", "dubbed",
            "known", "codenamed", "term", "word", "words", "phrase", "slogan", "banner", "motto", "headline", "hashtag",
            "label", "song", "film", "book", "album", "operation", "programme", "program", "plan", "exercise", "drills");
    private static final Set<String> GOVERNANCE = Set.of("regime", "junta", "clique", "dictatorship", "leadership",
            "government", "authority", "ruler", "tyranny", "autocracy", "despotism", "cabal", "elite", "kleptocracy");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt",
            "col", "capt", "sgt", "st", "jr", "sr", "prof", "vs", "no", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "inc", "co", "corp", "ltd", "mt", "ft", "ave", "rev", "hon", "pres", "adm",
            "maj", "dept", "est", "approx", "fig", "vol", "cmdr", "brig", "gens");

    /** Longest sentence, in tokens, before a break is forced (at punctuation, or anywhere at twice this). */
    private static final int MAX_SENTENCE_TOKENS = 200;

    private static final Entry SCARE_ENTRY = new Entry("scare quotes", Kind.MOCKERY, -Tuning.SCARE_QUOTE, null, false);

    private final LexiconStanceTagger tg;
    private final String doc;
    private final List<Token> toks;
    private final int n;
    private final int nt;
    private final int titleParas;
    private final boolean[] embedPara;
    private final List<String> paraTexts;

    /** A name of a target in the text. */
    private record Mention(int start, int end, int target, boolean demonym) {}

    /** A lexicon match. */
    private static final class Hit {
        final int start;
        final int end;
        final Entry e;
        boolean consumed;
        /** For SPEECH hits: used as a reporting verb here. */
        boolean valid;

        Hit(int start, int end, Entry e) {
            this.start = start;
            this.end = end;
            this.e = e;
        }
    }

    /** A cue after modifiers, waiting to be bound. */
    private static final class Cue {
        final Hit hit;
        final int modStart;
        final double w;
        final boolean shared;
        final boolean counted;
        int[] targets = new int[0];
        double[] factors = new double[0];
        /** 0 bound, 1 anaphor (choose among recent), 2 context (choose among recent, weaker), 3 pair. */
        int pending;

        Cue(Hit hit, int modStart, double w, boolean shared, boolean counted) {
            this.hit = hit;
            this.modStart = modStart;
            this.w = w;
            this.shared = shared;
            this.counted = counted;
        }
    }

    private int[] sentStart;
    private int[] sentEnd;
    private int nSent;
    private boolean[] titleCase;
    private final List<Mention> mentions = new ArrayList<>();
    private int[] mentionAt;
    private int[] mentionEndAt;
    private final List<Hit> hits = new ArrayList<>();
    private int[] hitAt;
    private int[] firstMentionOfSent;

    StanceAnalysis(LexiconStanceTagger tg, String text, String title) {
        this.tg = tg;
        this.nt = tg.targetNames.length;
        List<String> body = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.isEmpty() && seen.add(key(t))) {
                body.add(t);
            }
        }
        List<String> paras = new ArrayList<>(body.size() + 1);
        if (title != null && !title.isBlank() && !seen.contains(key(title.strip()))) {
            paras.add(title.strip());
        }
        titleParas = paras.size();
        paras.addAll(body);
        doc = String.join("\n", paras);
        paraTexts = paras;
        embedPara = new boolean[paras.size()];
        for (int p = 0; p < paras.size(); p++) {
            String s = paras.get(p);
            boolean attributionLine = (s.startsWith("—") || s.startsWith("–") || s.startsWith("-")) && s.contains("(@");
            if (s.contains("pic.twitter.com") || s.contains("twitter.com/") && s.contains("/status") || attributionLine) {
                embedPara[p] = true;
            }
            if (attributionLine && p > titleParas && paras.get(p - 1).length() < 600) {
                embedPara[p - 1] = true;
            }
        }
        toks = Tokenizer.tokenize(doc);
        n = toks.size();
    }

    /**
     * A hash of a paragraph's letters and digits, case-folded, over its first 240 characters and its length: equal for
     * exact repeats such as captions and repeated headlines.
     */
    private static long key(String s) {
        long h = 0xcbf29ce484222325L ^ s.length();
        int end = Math.min(s.length(), 240);
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (c >= 'A' && c <= 'Z') {
                    c = (char) (c | 0x20);
                } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                    continue;
                }
            } else if (!Character.isLetterOrDigit(c)) {
                continue;
            }
            h = (h ^ c) * 0x100000001b3L;
        }
        return h;
    }

    List<Stance> run() {
        if (n == 0 || nt == 0) {
            return List.of();
        }
        resolveQuotes();
        splitSentences();
        findMentions();
        findHits();
        assignVoice();
        List<Cue> cueList = new ArrayList<>();
        collectCues(cueList);
        return aggregate(cueList);
    }

    // ---------------------------------------------------------------- quotation marks

    private final List<int[]> spans = new ArrayList<>(); // {open, close, closed(1/0)} of outermost quotations

    private void resolveQuotes() {
        int i = 0;
        while (i < n) {
            int p = toks.get(i).para;
            int j = i;
            while (j < n && toks.get(j).para == p) {
                j++;
            }
            resolveParagraph(i, j);
            i = j;
        }
    }

    private void resolveParagraph(int a, int b) {
        char[] stack = new char[16];
        int[] openAt = new int[16];
        int sp = 0;
        for (int k = a; k < b; k++) {
            Token t = toks.get(k);
            t.depth = sp;
            if (t.type != Token.QUOTE) {
                continue;
            }
            char c = t.ch;
            char prev = t.start > 0 ? doc.charAt(t.start - 1) : '\n';
            char next = t.end < doc.length() ? doc.charAt(t.end) : '\n';
            boolean prevSpace = Character.isWhitespace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–';
            boolean nextSpace = Character.isWhitespace(next) || isClosingPunct(next);
            char top = sp > 0 ? stack[sp - 1] : 0;
            boolean topSingle = top == '‘' || top == '\'' || top == '‚' || top == '`' || top == '‹';
            int role;
            switch (c) {
                case '„', '‚', '‹' -> role = 1;
                case '«' -> role = sp > 0 && top == '»' ? -1 : (sp > 0 && top == '«' ? 0 : 1);
                case '»', '›' -> role = sp > 0 ? -1 : (prevSpace && !nextSpace ? 1 : 0);
                // a second “ while one is open is nearly always a typo in English copy (nested quotes use ‘ ’): ignore it,
                // unless it is placed like a closing mark
                case '“' -> role = sp > 0 && top == '„' ? -1 : (sp > 0 && top == '“' ? (!prevSpace && nextSpace ? -1 : 0) : 1);
                case '”' -> role = sp > 0 && !topSingle ? -1 : (sp == 0 && prevSpace && !nextSpace ? 1 : 0);
                case '"' -> {
                    if (sp > 0 && top == '"') {
                        role = prevSpace && !nextSpace ? 1 : -1;
                    } else if (sp > 0 && !topSingle) {
                        role = !prevSpace && nextSpace ? -1 : 1;
                    } else {
                        role = !prevSpace && nextSpace && sp == 0 ? 0 : 1;
                    }
                }
                case '‘', '`' -> role = Character.isLetterOrDigit(next) || next == '"' || next == '“' ? 1 : 0;
                case '’' -> role = sp > 0 && topSingle && !(Character.isLetter(prev) && Character.isLetter(next)) ? -1 : 0;
                case '\'' -> {
                    if (sp > 0 && topSingle && !Character.isLetterOrDigit(next)) {
                        role = -1;
                    } else if (prevSpace && Character.isLetterOrDigit(next)) {
                        role = 1;
                    } else {
                        role = 0;
                    }
                }
                default -> role = 0;
            }
            if (role == 1 && sp < stack.length) {
                t.quoteRole = 1;
                stack[sp] = c;
                openAt[sp] = k;
                sp++;
            } else if (role == -1 && sp > 0) {
                t.quoteRole = -1;
                sp--;
                t.depth = sp;
                if (sp == 0) {
                    spans.add(new int[] {openAt[0], k, 1});
                }
            }
        }
        if (sp > 0) {
            spans.add(new int[] {openAt[0], b - 1, 0});
        }
    }

    private static boolean isClosingPunct(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '…'
                || c == '”' || c == '’' || c == '"' || c == '\'' || c == '—' || c == '–';
    }

    // ---------------------------------------------------------------- sentences

    private void splitSentences() {
        int[] starts = new int[n / 4 + 8];
        int[] ends = new int[n / 4 + 8];
        int cur = 0;
        int s0 = 0;
        int k = 0;
        while (k < n) {
            Token t = toks.get(k);
            int endAt = -1;
            if (k + 1 >= n || toks.get(k + 1).para != t.para) {
                endAt = k;
            } else if (k - s0 >= MAX_SENTENCE_TOKENS && (t.type == Token.PUNCT || k - s0 >= 2 * MAX_SENTENCE_TOKENS)) {
                endAt = k; // run-on text without sentence punctuation: keep the per-sentence work bounded
            } else if (t.type == Token.PUNCT && (t.ch == '.' || t.ch == '!' || t.ch == '?' || t.ch == '…')) {
                int m = k + 1;
                while (m < n && toks.get(m).para == t.para && ((toks.get(m).type == Token.QUOTE && toks.get(m).quoteRole == -1)
                        || (toks.get(m).type == Token.PUNCT && (toks.get(m).ch == ')' || toks.get(m).ch == ']')))) {
                    m++;
                }
                if (m >= n || toks.get(m).para != t.para) {
                    endAt = m - 1;
                } else {
                    Token nx = toks.get(m);
                    boolean upper = (nx.type == Token.QUOTE && nx.quoteRole == 1) || nx.type == Token.NUM || nx.type == Token.DASH
                            || (nx.type == Token.WORD && (nx.cap || nx.allCaps));
                    boolean abbrev = t.ch == '.' && k > 0 && toks.get(k - 1).end == t.start && isAbbrev(toks.get(k - 1));
                    if (upper && !abbrev) {
                        endAt = m - 1;
                    }
                }
            }
            if (endAt >= 0) {
                if (cur == starts.length) {
                    starts = Arrays.copyOf(starts, cur * 2);
                    ends = Arrays.copyOf(ends, cur * 2);
                }
                starts[cur] = s0;
                ends[cur] = endAt + 1;
                for (int q = s0; q <= endAt; q++) {
                    toks.get(q).sent = cur;
                }
                cur++;
                s0 = endAt + 1;
                k = endAt + 1;
            } else {
                k++;
            }
        }
        nSent = cur;
        sentStart = starts;
        sentEnd = ends;
        titleCase = new boolean[nSent];
        for (int q = 0; q < nSent; q++) {
            int words = 0;
            int caps = 0;
            for (int j = starts[q]; j < ends[q]; j++) {
                Token t = toks.get(j);
                if (t.type == Token.WORD && t.norm.length() > 3) {
                    words++;
                    if (t.cap) {
                        caps++;
                    }
                }
            }
            titleCase[q] = words >= 2 && caps >= 0.7 * words;
        }
    }

    private static boolean isAbbrev(Token w) {
        return w.type == Token.WORD && (ABBREVIATIONS.contains(w.norm) || (w.norm.length() == 1 && w.cap));
    }

    // ---------------------------------------------------------------- names and cues

    private void findMentions() {
        mentionAt = new int[n];
        mentionEndAt = new int[n];
        Arrays.fill(mentionAt, -1);
        Arrays.fill(mentionEndAt, -1);
        List<Mention> found = new ArrayList<>();
        List<Boolean> isShort = new ArrayList<>();
        boolean[] full = new boolean[nt + 1];
        int k = 0;
        while (k < n) {
            PhraseMatcher.Phrase<AliasRef> p = tg.aliases.match(toks, k);
            if (p == null) {
                k++;
                continue;
            }
            AliasRef r = p.value;
            int e = k + p.length();
            if (r.kind() == AliasRef.EXCLUDE) {
                k = e;
                continue;
            }
            if (r.kind() == AliasRef.SHORT && e < n && toks.get(e).type == Token.WORD && toks.get(e).cap
                    && toks.get(e).para == toks.get(k).para && !toks.get(e - 1).poss) {
                k++; // first part of a longer name ("Kim Yo Jong"), or of another alias ("the North Korean dictator")
                continue;
            }
            String last = toks.get(e - 1).norm;
            boolean demonym = last.endsWith("an") || last.endsWith("ans") || last.endsWith("ese");
            found.add(new Mention(k, e, r.target(), demonym));
            isShort.add(r.kind() == AliasRef.SHORT);
            if (r.kind() == AliasRef.ALIAS) {
                full[r.target()] = true;
            }
            k = e;
        }
        for (int i = 0; i < found.size(); i++) {
            Mention m = found.get(i);
            if (isShort.get(i) && !full[m.target()]) {
                continue;
            }
            int idx = mentions.size();
            mentions.add(m);
            for (int q = m.start(); q < m.end(); q++) {
                mentionAt[q] = idx;
            }
            mentionEndAt[m.end() - 1] = idx;
        }
        firstMentionOfSent = new int[nSent + 1];
        int mi = 0;
        for (int s = 0; s <= nSent; s++) {
            int a = s < nSent ? sentStart[s] : n;
            while (mi < mentions.size() && mentions.get(mi).start() < a) {
                mi++;
            }
            firstMentionOfSent[s] = mi;
        }
    }

    private void findHits() {
        hitAt = new int[n];
        Arrays.fill(hitAt, -1);
        int k = 0;
        while (k < n) {
            PhraseMatcher.Phrase<Entry> p = tg.cues.match(toks, k);
            if (p == null) {
                k++;
                continue;
            }
            int e = k + p.length();
            int idx = hits.size();
            hits.add(new Hit(k, e, p.value));
            for (int q = k; q < e; q++) {
                hitAt[q] = idx;
            }
            k = e;
        }
    }

    // ---------------------------------------------------------------- voice

    private void assignVoice() {
        for (Token t : toks) {
            t.voice = t.depth > 0 || embedPara[t.para] ? Token.QUOTED : Token.AUTHOR;
        }
        int hi = 0;
        for (int s = 0; s < nSent; s++) {
            int a = sentStart[s];
            int b = sentEnd[s];
            while (hi < hits.size() && hits.get(hi).start < a) {
                hi++;
            }
            boolean speechDone = false;
            for (int h = hi; h < hits.size() && hits.get(h).start < b; h++) {
                Hit hit = hits.get(h);
                Kind kind = hit.e.kind();
                if (kind == Kind.SPEECH && isReportingVerb(hit, a)) {
                    hit.valid = true;
                }
                if (kind == Kind.SPEECH && hit.valid && !speechDone) {
                    speechDone = true;
                    int c = trailingComma(hit, a, b);
                    if (c >= 0) {
                        markReported(a, c);
                    } else {
                        markReported(hit.end, b);
                    }
                } else if (kind == Kind.SOURCE && toks.get(hit.start).voice != Token.QUOTED) {
                    if (hit.start <= a + 2) {
                        int c = hit.end;
                        while (c < b && !(toks.get(c).type == Token.PUNCT && toks.get(c).ch == ',')) {
                            c++;
                        }
                        markReported(c < b ? c : hit.end, b);
                    } else {
                        markReported(a, hit.start);
                    }
                }
            }
            // "Kim Jong-un and Putin: We are fighting ..." -- a speaker's name and a colon
            int segStart = a;
            for (int k = a; k < b; k++) {
                Token t = toks.get(k);
                if (t.type == Token.PUNCT && t.ch == ':' && t.depth == 0) {
                    if (k - segStart <= 7 && k + 1 < b && hasMention(segStart, k)) {
                        markReported(k + 1, b);
                        break;
                    }
                    segStart = k + 1;
                }
            }
        }
    }

    private boolean hasMention(int from, int to) {
        for (int k = from; k < to; k++) {
            if (mentionAt[k] >= 0) {
                return true;
            }
        }
        return false;
    }

    private void markReported(int from, int to) {
        for (int k = Math.max(0, from); k < to && k < n; k++) {
            Token t = toks.get(k);
            if (t.voice == Token.AUTHOR) {
                t.voice = Token.REPORTED;
            }
        }
    }

    private boolean isReportingVerb(Hit h, int a) {
        Token v = toks.get(h.start);
        if (v.voice != Token.AUTHOR) {
            return false;
        }
        int p1 = prevWord(h.start, a);
        int p2 = p1 >= 0 ? prevWord(p1, a) : -1;
        if (p1 >= 0) {
            Token t1 = toks.get(p1);
            if (DETERMINERS.contains(t1.norm) || t1.poss || t1.norm.equals("to") || MODALS.contains(t1.norm)
                    || FIRST_PERSON.contains(t1.norm) || t1.norm.equals("so")) {
                return false;
            }
            if (t1.type == Token.WORD && isAdjectiveLike(t1) && p2 >= 0 && DETERMINERS.contains(toks.get(p2).norm)) {
                return false; // "a warm welcome", "the official report"
            }
        }
        if (p2 >= 0) {
            Token t2 = toks.get(p2);
            if (MODALS.contains(t2.norm) || FIRST_PERSON.contains(t2.norm)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAdjectiveLike(Token t) {
        String w = t.norm;
        return w.endsWith("al") || w.endsWith("ful") || w.endsWith("ive") || w.endsWith("ous") || w.endsWith("ic")
                || w.equals("warm") || w.equals("new") || w.equals("latest") || w.equals("first") || w.equals("last");
    }

    private int prevWord(int k, int a) {
        for (int q = k - 1; q >= a; q--) {
            Token t = toks.get(q);
            if (t.isWord()) {
                return q;
            }
            if (t.type != Token.QUOTE) {
                return -1;
            }
        }
        return -1;
    }

    /** For "..., X said [at ...]." the index of the comma (or closing quote) before X; -1 for "X said that ...". */
    private int trailingComma(Hit h, int a, int b) {
        int v = h.start;
        int c = -1;
        for (int k = v - 1; k >= a && k >= v - 10; k--) {
            Token t = toks.get(k);
            if ((t.type == Token.PUNCT && t.ch == ',') || (t.type == Token.QUOTE && t.quoteRole == -1)) {
                c = k;
                break;
            }
            if (t.isClauseBreak()) {
                return -1;
            }
        }
        if (c <= a + 1) {
            return -1;
        }
        if (c + 1 < v && toks.get(c + 1).type == Token.WORD && COORDINATORS.contains(toks.get(c + 1).norm)) {
            return -1; // ", and results announced with ..." is a coordinated clause, not an attribution
        }
        boolean subject = c + 1 == v; // inverted: ", said Chon Hyun-joon"
        for (int k = c + 1; k < v; k++) {
            Token t = toks.get(k);
            if (t.type == Token.WORD && RELATIVE.contains(t.norm)) {
                return -1;
            }
            if (t.isWord() && !AUXILIARIES.contains(t.norm)) {
                subject = true;
            }
        }
        if (!subject) {
            return -1;
        }
        if (h.end >= b) {
            return c;
        }
        Token after = toks.get(h.end);
        if (after.type != Token.WORD) {
            return c;
        }
        if (PRONOUN_OBJECTS.contains(after.norm) && !(c + 1 == v)) {
            return -1;
        }
        return c;
    }

    // ---------------------------------------------------------------- cues

    private void collectCues(List<Cue> out) {
        // scare quotes: a short quotation, in a sentence that attributes nothing, mocking a claim or praise
        for (int[] sp : spans) {
            int o = sp[0];
            int cl = sp[1];
            if (sp[2] == 0) {
                continue;
            }
            Token open = toks.get(o);
            int s = open.sent;
            if (toks.get(cl).sent != s) {
                continue;
            }
            if (open.voice != Token.AUTHOR || speechNear(o, cl, s)) {
                continue;
            }
            int words = 0;
            boolean claim = false;
            for (int k = o + 1; k < cl; k++) {
                Token t = toks.get(k);
                if (t.isWord()) {
                    words++;
                    if (tg.scareWords.contains(t.stem)) {
                        claim = true;
                    }
                    int h = hitAt[k];
                    if (h >= 0 && hits.get(h).e.kind().polar() && hits.get(h).e.weight() > 0) {
                        claim = true;
                    }
                } else if (t.type == Token.PUNCT && (t.ch == '.' || t.ch == '!' || t.ch == '?') && k + 1 < cl) {
                    words = 99;
                }
            }
            if (words == 0 || words > Tuning.SCARE_MAX_WORDS || !claim) {
                continue;
            }
            int pw = prevWord(o, sentStart[s]);
            if (pw >= 0 && NAMING.contains(toks.get(pw).norm)) {
                continue;
            }
            int outside = 0;
            for (int k = sentStart[s]; k < sentEnd[s]; k++) {
                if ((k < o || k > cl) && toks.get(k).isWord()) {
                    outside++;
                }
            }
            if (outside < 1) {
                continue;
            }
            Hit hit = new Hit(o, cl + 1, SCARE_ENTRY);
            out.add(new Cue(hit, o, SCARE_ENTRY.weight(), false, true));
        }
        // "not X but Y": Y is what the author asserts, X only its foil
        byte[] contrast = contrastSpans();
        // lexicon cues
        for (Hit h : hits) {
            Kind kind = h.e.kind();
            if (!kind.polar() || inProperName(h)) {
                continue;
            }
            Token t = toks.get(h.start);
            // mockery and framing are the writer's register even inside a paraphrase of someone's words
            boolean register = kind == Kind.MOCKERY || kind == Kind.FRAMING;
            boolean counted = t.voice == Token.AUTHOR || (t.voice == Token.REPORTED && register);
            double w = h.e.weight();
            if (t.voice == Token.REPORTED && register) {
                w *= Tuning.REPORTED_MOCKERY;
            }
            int a = sentStart[t.sent];
            boolean negated = false;
            boolean ironic = false;
            boolean shared = h.e.shared();
            double mult = 1.0;
            int modStart = h.start;
            int words = 0;
            for (int k = h.start - 1; k >= a && words < Tuning.SHARED_WINDOW; k--) {
                Token q = toks.get(k);
                if (q.type == Token.PUNCT || q.type == Token.DASH || (q.type == Token.WORD && q.norm.equals("but"))) {
                    break; // "not X but Y": the negation does not reach past "but"
                }
                if (q.type == Token.QUOTE || q.type == Token.URL) {
                    continue;
                }
                int mi = hitAt[k];
                if (mi >= 0) {
                    Hit m = hits.get(mi);
                    switch (m.e.kind()) {
                        case NEGATOR -> {
                            if (words < Tuning.MODIFIER_WINDOW) {
                                negated = !negated;
                                modStart = m.start;
                            }
                        }
                        case IRONY -> {
                            if (words < Tuning.MODIFIER_WINDOW) {
                                ironic = true;
                                m.consumed = true;
                                modStart = m.start;
                            }
                        }
                        case INTENSIFIER -> {
                            if (words < 2) {
                                mult *= m.e.weight();
                                modStart = Math.min(modStart, m.start);
                            }
                        }
                        case SHARED -> shared = true;
                        default -> { }
                    }
                    k = m.start;
                }
                words++;
            }
            // hedges anywhere earlier in the clause (commas included)
            for (int k = h.start - 1; k >= a && k >= h.start - 14; k--) {
                Token q = toks.get(k);
                if (q.isClauseBreak()) {
                    break;
                }
                int mi = hitAt[k];
                if (mi >= 0 && hits.get(mi).e.kind() == Kind.HEDGE && q.voice != Token.QUOTED) {
                    mult *= hits.get(mi).e.weight();
                    break;
                }
            }
            if (ironic && w > 0) {
                w = -w;
            }
            byte role = contrast == null ? 0 : contrast[h.start];
            if (negated && role == CONTRAST_FOIL_WITH_POINT) {
                continue; // "not a threat but a disaster": the foil does not count, the point does
            }
            if (negated) {
                boolean foil = role == CONTRAST_FOIL;
                w = w < 0 ? -w * Tuning.NEGATED_NEGATIVE : -w * (foil ? Tuning.CONTRAST : Tuning.NEGATED_POSITIVE);
            }
            if (role == CONTRAST_POINT) {
                w *= Tuning.CONTRAST;
            }
            w *= mult;
            out.add(new Cue(h, modStart, w, shared, counted));
        }
        for (Hit h : hits) {
            if (h.e.kind() == Kind.IRONY && !h.consumed && toks.get(h.start).voice == Token.AUTHOR) {
                out.add(new Cue(h, h.start, h.e.weight(), false, true));
            }
        }
        out.sort((x, y) -> Integer.compare(x.hit.start, y.hit.start));
    }

    private static final byte CONTRAST_FOIL = 1;
    private static final byte CONTRAST_FOIL_WITH_POINT = 2;
    private static final byte CONTRAST_POINT = 3;

    /**
     * Marks "not X but Y" in the author's voice: X (after a negator, before "but", in one clause) is the foil, Y (after
     * "but", up to the next comma or clause break) the point. A foil whose point holds a cue is marked as such.
     */
    private byte[] contrastSpans() {
        byte[] out = null;
        for (Hit neg : hits) {
            if (neg.e.kind() != Kind.NEGATOR || toks.get(neg.start).voice == Token.QUOTED) {
                continue;
            }
            int s = toks.get(neg.start).sent;
            int b = -1;
            for (int k = neg.end; k < sentEnd[s] && k < neg.end + Tuning.CONTRAST_WINDOW; k++) {
                Token t = toks.get(k);
                if (t.isClauseBreak()) {
                    break;
                }
                if (t.type == Token.WORD && t.norm.equals("but")) {
                    b = k;
                    break;
                }
            }
            if (b < 0 || b + 1 >= sentEnd[s] || toks.get(b + 1).norm.equals("also")) {
                continue;
            }
            if (out == null) {
                out = new byte[n];
            }
            boolean pointCue = false;
            int k = b + 1;
            for (; k < sentEnd[s] && k <= b + Tuning.CONTRAST_WINDOW; k++) {
                Token t = toks.get(k);
                if (t.isClauseBreak() || (t.type == Token.PUNCT && t.ch == ',')) {
                    break;
                }
                out[k] = CONTRAST_POINT;
                int h = hitAt[k];
                if (h >= 0 && hits.get(h).e.kind().polar()) {
                    pointCue = true;
                }
            }
            for (int q = neg.end; q < b; q++) {
                out[q] = pointCue ? CONTRAST_FOIL_WITH_POINT : CONTRAST_FOIL;
            }
        }
        return out; // null: no contrast in the article
    }

    private static final Pattern OPINION_LABEL = Pattern.compile("(?i)(?:opinion|editorial|commentary|column|op-?ed|"
            + "viewpoint|comment|guest (?:column|essay|opinion)|perspective|leader)(?:\\s*(?:[|:—–-]|$)|\\s+by\\b)");
    private static final Pattern ANALYSIS_LABEL = Pattern.compile("(?i)(?:news )?analysis\\s*(?:[|:—–-]|$)");
    private static final Pattern COLUMNIST = Pattern.compile("(?i)\\b(?:columnist|guest writer|opinion writer|"
            + "contributing writer|editorial board)\\b");
    private static final Pattern DATELINE = Pattern.compile("[A-Z][A-Z.'’ -]{2,40}(?:,|\\s*\\(|\\s*[—–]|\\s+-\\s)");
    private static final String[] AGENCY_MARKS = {"(Reuters)", "(AP)", "(AFP)", "(Xinhua)", "(Yonhap)", "(dpa)", "(UPI)",
        "(Bloomberg)", "(IANS)", "(PTI)", "(ANI)", "/TASS/", "(KCNA)"};
    /** Header paragraphs longer than this many words are not labels or bylines. */
    private static final int LABEL_MAX_WORDS = 12;

    /**
     * Opinion weight from the genre rather than the wording: an opinion label in the header ("Opinion |",
     * "Editorial:", a columnist's byline), the author's first person and "should", rhetorical questions. A wire
     * dateline in the header marks straight reporting.
     */
    private double genre() {
        int head = Math.min(paraTexts.size(), titleParas + 4);
        double label = 0;
        for (int p = 0; p < head; p++) {
            if (embedPara[p]) {
                continue;
            }
            String t = paraTexts.get(p);
            String start = t.length() > 160 ? t.substring(0, 160) : t;
            if (DATELINE.matcher(start).lookingAt()) {
                return -Tuning.GENRE_WIRE;
            }
            for (String mark : AGENCY_MARKS) {
                if (start.contains(mark)) {
                    return -Tuning.GENRE_WIRE;
                }
            }
            if (t.length() <= 120 && words(t) <= LABEL_MAX_WORDS) {
                if (OPINION_LABEL.matcher(t).lookingAt()) {
                    label = Math.max(label, Tuning.GENRE_LABEL);
                } else if (COLUMNIST.matcher(t).find()) {
                    label = Math.max(label, Tuning.GENRE_LABEL * 0.75);
                } else if (ANALYSIS_LABEL.matcher(t).lookingAt()) {
                    label = Math.max(label, Tuning.GENRE_LABEL * 0.5);
                }
            }
        }
        int firstPerson = 0;
        int prescriptive = 0;
        int questions = 0;
        for (int k = 0; k < n; k++) {
            Token t = toks.get(k);
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

    /** Whether a reporting verb or source marker stands within a few tokens of a quotation, in its sentence. */
    private boolean speechNear(int open, int close, int s) {
        int from = Math.max(sentStart[s], open - Tuning.SPEECH_NEAR_QUOTE);
        int to = Math.min(sentEnd[s], close + 1 + Tuning.SPEECH_NEAR_QUOTE);
        for (int k = from; k < to; k++) {
            if (k > open && k <= close) {
                continue;
            }
            int h = hitAt[k];
            if (h >= 0 && ((hits.get(h).e.kind() == Kind.SPEECH && hits.get(h).valid) || hits.get(h).e.kind() == Kind.SOURCE)) {
                return true;
            }
        }
        return false;
    }

    /** A cue word written as part of a proper name ("the People's Liberation Army") is not a cue. */
    private boolean inProperName(Hit h) {
        Token first = toks.get(h.start);
        int s = first.sent;
        if (!first.cap || h.start == sentStart[s] || titleCase[s]) {
            return false;
        }
        Token before = toks.get(h.start - 1);
        Token after = h.end < n ? toks.get(h.end) : null;
        return (before.type == Token.WORD && before.cap && before.sent == s)
                || (after != null && after.type == Token.WORD && after.cap && after.sent == s);
    }

    // ---------------------------------------------------------------- binding

    private void bindDirect(Cue c) {
        Hit h = c.hit;
        if (h.e.target() != null) {
            Integer t = tg.targetIndex.get(h.e.target().toLowerCase(Locale.ROOT));
            if (t != null) {
                set(c, t, 1.0);
            }
            return;
        }
        int inside = mentionAt[h.start] >= 0 ? mentionAt[h.start] : mentionAt[h.end - 1];
        if (inside >= 0) {
            set(c, mentions.get(inside).target(), 1.0);
            return;
        }
        if (c.shared) {
            c.pending = 3;
            return;
        }
        int s = toks.get(h.start).sent;
        int a = sentStart[s];
        int b = sentEnd[s];
        // attached before: "North Korean dictator", "Kremlin propaganda", "Kim's bellicose regime"
        int k = h.start - 1;
        while (k >= a && toks.get(k).type == Token.QUOTE) {
            k--;
        }
        if (k >= a) {
            int mi = mentionEndAt[k];
            if (mi >= 0 && eligible(mentions.get(mi))) {
                set(c, mentions.get(mi).target(), 1.0);
                return;
            }
            Token between = toks.get(k);
            if (between.type == Token.WORD && mentionAt[k] < 0 && !between.poss && k - 1 >= a) {
                int mj = mentionEndAt[k - 1];
                if (mj >= 0 && eligible(mentions.get(mj))) {
                    Mention m = mentions.get(mj);
                    if (toks.get(m.end() - 1).poss || m.demonym()) {
                        set(c, m.target(), 1.0);
                        return;
                    }
                }
            }
        }
        // "a disaster for Russia", "aggression against Ukraine": the target right after is the one it is done to
        if (c.w < 0 && h.end < b && VICTIM_PREPOSITIONS.contains(toks.get(h.end).norm)) {
            int f = h.end + 1;
            if (f < b && DEFINITE.contains(toks.get(f).norm)) {
                f++;
            }
            if (f < b && mentionAt[f] >= 0 && mentions.get(mentionAt[f]).start() == f && eligible(mentions.get(mentionAt[f]))) {
                c.targets = new int[0];
                c.factors = new double[0];
                c.pending = 0;
                return;
            }
        }
        // attached after: "despot Kim Jong Un", "dictator Chairman Kim", "brutality of Putin's regime", "regime in Pyongyang"
        int e = h.end;
        while (e < b && toks.get(e).type == Token.QUOTE) {
            e++;
        }
        if (e < b) {
            Token last = toks.get(h.end - 1);
            boolean verbLike = last.norm.endsWith("ed") || last.norm.endsWith("ing");
            Mention m = null;
            Token t = toks.get(e);
            if (mentionAt[e] >= 0 && mentions.get(mentionAt[e]).start() == e && !verbLike && h.e.kind() != Kind.CRITICISM) {
                m = mentions.get(mentionAt[e]);
            } else if (t.type == Token.WORD && (t.norm.equals("of") || t.norm.equals("by") || t.norm.equals("from")
                    || (t.norm.equals("in") && GOVERNANCE.contains(last.stem)))) {
                int f = e + 1;
                if (f < b && toks.get(f).norm.equals("the")) {
                    f++;
                }
                if (f < b && mentionAt[f] >= 0 && mentions.get(mentionAt[f]).start() == f) {
                    m = mentions.get(mentionAt[f]);
                }
            } else if (t.type == Token.WORD && t.cap && mentionAt[e] < 0 && !verbLike && e + 1 < b && mentionAt[e + 1] >= 0
                    && mentions.get(mentionAt[e + 1]).start() == e + 1) {
                m = mentions.get(mentionAt[e + 1]);
            }
            if (m != null && eligible(m)) {
                set(c, m.target(), 1.0);
                return;
            }
        }
        // definite description: "the invaders", "the military strongmen" -- an antecedent among recent targets
        int pw = prevWord(h.start, a);
        if (pw >= 0 && h.e.kind() == Kind.LOADED) {
            Token d = toks.get(pw);
            if (!DEFINITE.contains(d.norm) && isAdjectiveLike(d) && mentionAt[pw] < 0) {
                int pw2 = prevWord(pw, a);
                d = pw2 >= 0 ? toks.get(pw2) : d;
            }
            if (DEFINITE.contains(d.norm)) {
                c.pending = 1;
                return;
            }
        }
        // a predicate ("... is a war crime", "has failed", "bullied", "cynically prolonging") is about the subject
        if (predicateLike(h, a)) {
            List<Mention> subj = subjectMentions(h.start, a);
            if (subj.isEmpty()) {
                c.pending = 2;
            } else if (subj.size() == 1 || subj.get(0).target() == subj.get(1).target() || subj.get(1).target() >= nt) {
                set(c, subj.get(0).target(), 1.0);
            } else if (subj.get(0).target() >= nt) {
                set(c, subj.get(1).target(), 1.0);
            } else {
                c.targets = new int[] {subj.get(0).target(), subj.get(1).target()};
                c.factors = new double[] {1.0, 1.0};
                c.pending = 0;
            }
            return;
        }
        // otherwise the nearest target in the clause, preferring what precedes and what shares the comma segment
        int cl = h.start;
        while (cl > a && !toks.get(cl - 1).isClauseBreak()) {
            cl--;
        }
        int cr = h.end;
        while (cr < b && !toks.get(cr).isClauseBreak()) {
            cr++;
        }
        Mention best = nearest(h, cl, cr, c.w < 0);
        if (best != null) {
            set(c, best.target(), 1.0);
            return;
        }
        best = nearest(h, a, b, c.w < 0);
        if (best != null) {
            set(c, best.target(), Tuning.SAME_SENTENCE);
            return;
        }
        c.pending = 2;
    }

    private static final Set<String> DEFINITE = Set.of("the", "this", "these", "those");
    private static final Set<String> COPULAS = Set.of("is", "are", "was", "were", "be", "been", "being", "remains",
            "remain", "remained", "seems", "seem", "seemed", "looks", "look", "looked", "became", "becomes", "become",
            "proved", "proves", "prove", "sounds", "appears", "appear", "appeared", "stays", "stayed", "feels");
    private static final Set<String> PREPOSITIONS = Set.of("to", "of", "in", "on", "into", "onto", "with", "for",
            "from", "by", "against", "at", "about", "over", "toward", "towards", "between", "among", "under", "across",
            "through", "than", "like", "near", "after", "before", "behind", "beyond", "within", "without", "despite",
            "amid", "around", "upon", "via");
    private static final Set<String> SOFT_BREAKS = Set.of("despite", "amid", "although", "though", "whereas", "while",
            "but", "unlike");

    /** A verb or predicate cue: after a copula, a past participle not used as an attribute, or an adverb. */
    private boolean predicateLike(Hit h, int a) {
        Token first = toks.get(h.start);
        String w = first.norm;
        int pw = prevWord(h.start, a);
        boolean attributive = pw >= 0 && (DETERMINERS.contains(toks.get(pw).norm) || toks.get(pw).poss);
        if (!attributive && ((w.endsWith("ed") && w.length() > 4) || (w.endsWith("ly") && w.length() > 4))) {
            return true;
        }
        // participial clause after a comma: ", cynically prolonging ...", ", bullying its neighbours"
        int k = h.start - 1;
        int words = 0;
        while (k >= a && words < 4) {
            Token t = toks.get(k);
            if (t.isWord()) {
                if (COPULAS.contains(t.norm)) {
                    return true;
                }
                words++;
            } else if (t.type == Token.PUNCT && t.ch == ',') {
                break;
            } else if (t.type != Token.QUOTE) {
                break;
            }
            k--;
        }
        if (k >= a && toks.get(k).type == Token.PUNCT && toks.get(k).ch == ',' && k + 1 <= h.start) {
            String lead = toks.get(k + 1).norm;
            if (lead.endsWith("ing") || (lead.endsWith("ly") && k + 2 < n && toks.get(k + 2).norm.endsWith("ing"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first target in the clause before the cue that is not the object of a preposition (nor coordinated with
     * one: "between Moscow and Pyongyang"): the subject. A coordinated subject ("Putin and Kim are ...") gives both.
     */
    private List<Mention> subjectMentions(int cue, int a) {
        int cl = cue;
        while (cl > a && !toks.get(cl - 1).isClauseBreak()) {
            cl--;
        }
        int s = toks.get(cue).sent;
        boolean skipConjunct = false;
        int prevEnd = -1;
        List<Mention> out = new ArrayList<>(2);
        for (int mi = firstMentionOfSent[s]; mi < firstMentionOfSent[s + 1]; mi++) {
            Mention m = mentions.get(mi);
            if (m.start() >= cue) {
                break;
            }
            if (m.start() < cl || !eligible(m)) {
                continue;
            }
            int pw = prevWord(m.start(), a);
            String before = pw >= 0 ? toks.get(pw).norm : "";
            boolean conjunct = (before.equals("and") || before.equals("or")) && prevEnd >= 0 && pw == prevEnd;
            if (!out.isEmpty()) {
                if (conjunct) {
                    out.add(m);
                }
                break;
            }
            if (PREPOSITIONS.contains(before) || RELATIVE.contains(before) || (conjunct && skipConjunct)) {
                skipConjunct = true;
                prevEnd = m.end();
                continue;
            }
            out.add(m);
            prevEnd = m.end();
        }
        return out;
    }

    private boolean eligible(Mention m) {
        return toks.get(m.start()).voice != Token.QUOTED;
    }

    private Mention nearest(Hit h, int from, int to, boolean negative) {
        Mention best = null;
        int bestD = Integer.MAX_VALUE;
        int s = toks.get(h.start).sent;
        for (int mi = firstMentionOfSent[s]; mi < firstMentionOfSent[s + 1]; mi++) {
            Mention m = mentions.get(mi);
            if (m.start() < from || m.end() > to || !eligible(m)) {
                continue;
            }
            if (negative && m.start() >= h.end && victim(m, h.end)) {
                continue; // "a catastrophe for Ukraine", "aggression against Ukraine": who suffers it, not who is judged
            }
            int lo;
            int hi;
            int d;
            if (m.end() <= h.start) {
                lo = m.end();
                hi = h.start;
                d = h.start - m.end();
            } else {
                lo = h.end;
                hi = m.start();
                d = Math.max(0, m.start() - h.end) + 3; // what precedes is more often what the cue is about
            }
            for (int k = lo; k < hi; k++) {
                Token t = toks.get(k);
                if (t.type == Token.PUNCT && t.ch == ',') {
                    d += 4;
                } else if (t.type == Token.WORD && SOFT_BREAKS.contains(t.norm)) {
                    d += 6;
                }
            }
            if (d < bestD) {
                bestD = d;
                best = m;
            }
        }
        return bestD <= Tuning.MAX_DISTANCE ? best : null;
    }

    private static final Set<String> VICTIM_PREPOSITIONS = Set.of("for", "against", "on", "upon", "to", "toward",
            "towards", "at");

    /** Whether a mention after a cue is the object of a preposition that makes it the one the cue is done to. */
    private boolean victim(Mention m, int cueEnd) {
        int pw = prevWord(m.start(), cueEnd);
        if (pw >= 0 && DEFINITE.contains(toks.get(pw).norm)) {
            pw = prevWord(pw, cueEnd);
        }
        if (pw >= 0 && (toks.get(pw).norm.equals("and") || toks.get(pw).norm.equals("or")) && pw - 1 >= cueEnd
                && mentionEndAt[pw - 1] >= 0) {
            return victim(mentions.get(mentionEndAt[pw - 1]), cueEnd); // "to Moscow and Beijing"
        }
        return pw >= 0 && VICTIM_PREPOSITIONS.contains(toks.get(pw).norm);
    }

    /** Distinct targets mentioned (not in quotations) before the cue, most recent first, over a few sentences. */
    private int[] recentTargets(Cue c, boolean includeAfter, int window) {
        int[] out = new int[nt + 1];
        int cnt = 0;
        boolean[] seen = new boolean[nt + 1];
        int s = toks.get(c.hit.start).sent;
        for (int s2 = s; s2 >= 0 && s2 >= s - window; s2--) {
            for (int mi = firstMentionOfSent[s2 + 1] - 1; mi >= firstMentionOfSent[s2]; mi--) {
                Mention m = mentions.get(mi);
                if ((s2 == s && m.start() >= c.hit.start) || !eligible(m) || seen[m.target()]) {
                    continue;
                }
                seen[m.target()] = true;
                out[cnt++] = m.target();
            }
        }
        if (includeAfter) {
            for (int mi = firstMentionOfSent[s]; mi < firstMentionOfSent[s + 1]; mi++) {
                Mention m = mentions.get(mi);
                if (m.start() >= c.hit.end && eligible(m) && !seen[m.target()]) {
                    seen[m.target()] = true;
                    out[cnt++] = m.target();
                }
            }
        }
        return Arrays.copyOf(out, cnt);
    }

    /** Binds a cue to one target; to nothing when it is about another actor (index nt). */
    private void set(Cue c, int target, double f) {
        if (target >= nt) {
            c.targets = new int[0];
            c.factors = new double[0];
        } else {
            c.targets = new int[] {target};
            c.factors = new double[] {f};
        }
        c.pending = 0;
    }

    // ---------------------------------------------------------------- aggregation

    private List<Stance> aggregate(List<Cue> cues) {
        for (Cue c : cues) {
            bindDirect(c);
        }
        double[] net1 = new double[nt + 1];
        int[] salience = new int[nt + 1];
        Map<String, Integer> otherCounts = null;
        for (Mention m : mentions) {
            if (eligible(m)) {
                if (m.target() < nt) {
                    salience[m.target()]++;
                } else {
                    // other actors share one index; one of them is as salient as its own mentions, not all of theirs
                    if (otherCounts == null) {
                        otherCounts = new java.util.HashMap<>();
                    }
                    int cnt = otherCounts.merge(toks.get(m.start()).stem, 1, Integer::sum);
                    salience[nt] = Math.max(salience[nt], cnt);
                }
            }
        }
        for (Cue c : cues) {
            if (c.counted && c.pending == 0) {
                for (int i = 0; i < c.targets.length; i++) {
                    net1[c.targets[i]] += c.w * c.factors[i];
                }
            }
        }
        for (Cue c : cues) {
            if (c.pending == 3) {
                // "the two dictators": the two most prominent targets among those being discussed
                int[] r = recentTargets(c, true, Tuning.PAIR_SENTENCES);
                Integer[] order = new Integer[r.length];
                for (int i = 0; i < r.length; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, (x, y) -> salience[r[y]] != salience[r[x]] ? Integer.compare(salience[r[y]], salience[r[x]])
                        : Integer.compare(x, y));
                int m = Math.min(2, r.length);
                int[] chosen = new int[m];
                int cnt = 0;
                for (int i = 0; i < m; i++) {
                    if (r[order[i]] < nt) {
                        chosen[cnt++] = r[order[i]];
                    }
                }
                c.targets = Arrays.copyOf(chosen, cnt);
                c.factors = new double[cnt];
                Arrays.fill(c.factors, 1.0);
                c.pending = 0;
            } else if (c.pending == 1 || c.pending == 2) {
                // an antecedent among recent targets: recent, prominent, and not one the article clearly judges the other
                // way (an author who has just praised a target rarely condemns it without naming it); ambiguous: unbound
                int[] r = recentTargets(c, false, c.pending == 1 ? Tuning.ANAPHOR_SENTENCES : Tuning.CONTEXT_SENTENCES);
                int maxSal = 1;
                for (int x : salience) {
                    maxSal = Math.max(maxSal, x);
                }
                int best = -1;
                double bestScore = -9;
                double second = -9;
                for (int i = 0; i < r.length; i++) {
                    double agree = Math.signum(c.w) * net1[r[i]];
                    if (agree <= -Tuning.DISAGREE_EXCLUDE) {
                        continue;
                    }
                    double sc = 1.0 / (1 + i) + salience[r[i]] / (double) maxSal
                            + (agree > 0 ? Tuning.AGREE_BONUS : -Math.min(Tuning.DISAGREE_PENALTY, -agree / 2));
                    if (sc > bestScore) {
                        second = bestScore;
                        bestScore = sc;
                        best = r[i];
                    } else if (sc > second) {
                        second = sc;
                    }
                }
                if (best >= 0 && bestScore - second < Tuning.CONTEXT_MARGIN) {
                    best = -1;
                }
                if (best >= 0) {
                    set(c, best, c.pending == 1 ? Tuning.ANAPHOR : Tuning.CONTEXT);
                } else {
                    c.targets = new int[0];
                    c.factors = new double[0];
                }
            }
        }
        double opinion = 0;
        for (Cue c : cues) {
            if (c.counted) {
                opinion += Math.abs(c.w);
            }
        }
        // how opinionated the article is: author-voice cue weight, damped for long articles so that a long wire story
        // collecting a few stray epithets does not read as an opinion piece
        opinion /= Math.max(1.0, Math.sqrt(nSent / (double) Tuning.OPINION_SENTENCES));
        // the genre says as much as the wording: an opinion label, the author's "we" and "should", rhetorical questions;
        // a wire dateline says straight reporting
        opinion += genre();
        double frac = Math.max(0, Math.min(1, (opinion - Tuning.OPINION_LOW) / (Tuning.OPINION_HIGH - Tuning.OPINION_LOW)));
        double threshold = Tuning.THRESHOLD_NEWS + (Tuning.THRESHOLD_OPINION - Tuning.THRESHOLD_NEWS) * frac;

        double[] pos = new double[nt];
        double[] neg = new double[nt];
        @SuppressWarnings("unchecked")
        Map<Integer, Double>[] sentWeight = new Map[nt];
        @SuppressWarnings("unchecked")
        Map<Integer, List<String>>[] sentCues = new Map[nt];
        @SuppressWarnings("unchecked")
        Map<Integer, List<String>>[] ignored = new Map[nt];
        for (int t = 0; t < nt; t++) {
            sentWeight[t] = new LinkedHashMap<>();
            sentCues[t] = new LinkedHashMap<>();
            ignored[t] = new LinkedHashMap<>();
        }
        for (Cue c : cues) {
            int s = toks.get(c.hit.start).sent;
            if (!c.counted) {
                // not the author's voice: kept only to explain NEUTRAL entries
                if (c.targets.length > 0) {
                    String why = toks.get(c.hit.start).voice == Token.QUOTED ? "quoted" : "reported";
                    for (int t : c.targets) {
                        ignored[t].computeIfAbsent(s, x -> new ArrayList<>()).add(cueText(c) + " (" + why + ", not counted)");
                    }
                }
                continue;
            }
            if (c.targets.length == 0) {
                continue;
            }
            String desc = cueText(c) + " → " + (c.w > 0 ? "FAVOR " : "AGAINST ") + names(c.targets);
            for (int i = 0; i < c.targets.length; i++) {
                int t = c.targets[i];
                double v = c.w * c.factors[i];
                if (v > 0) {
                    pos[t] += v;
                } else {
                    neg[t] -= v;
                }
                sentWeight[t].merge(s, v, Double::sum);
                sentCues[t].computeIfAbsent(s, x -> new ArrayList<>()).add(desc);
            }
        }
        int[] bodyMentions = new int[nt + 1];
        for (Mention m : mentions) {
            if (toks.get(m.start()).para >= titleParas) {
                bodyMentions[m.target()]++;
            }
        }
        List<Stance> out = new ArrayList<>();
        for (int t = 0; t < nt; t++) {
            if (bodyMentions[t] == 0) {
                continue;
            }
            double net = pos[t] - neg[t];
            double total = pos[t] + neg[t];
            StanceLabel label = StanceLabel.NEUTRAL;
            if (Math.abs(net) >= threshold && Math.abs(net) >= Tuning.DOMINANCE * total) {
                label = net > 0 ? StanceLabel.FAVOR : StanceLabel.AGAINST;
            }
            double score = Math.tanh(net / 4.0);
            double confidence;
            if (label == StanceLabel.NEUTRAL) {
                double lean = Math.min(1.0, Math.abs(net) / threshold);
                confidence = 0.9 - 0.4 * lean - (bodyMentions[t] == 1 ? 0.1 : 0.0);
            } else {
                double dominance = total == 0 ? 0 : Math.abs(net) / total;
                confidence = 0.55 + 0.4 * (1 - Math.exp(-(Math.abs(net) - threshold + 0.5) / 2.0)) * Math.sqrt(dominance);
            }
            confidence = Math.max(0.05, Math.min(0.95, confidence));
            List<String> evidence = evidence(t, label, sentWeight[t], sentCues[t], ignored[t]);
            out.add(Stance.newBuilder()
                    .setTarget(tg.targetNames[t])
                    .setLabel(label)
                    .setScore(round(score))
                    .setConfidence(round(confidence))
                    .setMentions(bodyMentions[t])
                    .setEvidence(evidence)
                    .build());
        }
        return out;
    }

    private List<String> evidence(int t, StanceLabel label, Map<Integer, Double> weights, Map<Integer, List<String>> cues,
            Map<Integer, List<String>> ignored) {
        List<Integer> order = new ArrayList<>(weights.keySet());
        double sign = label == StanceLabel.FAVOR ? 1 : label == StanceLabel.AGAINST ? -1 : 0;
        order.sort((x, y) -> {
            double wx = weights.get(x);
            double wy = weights.get(y);
            double kx = sign == 0 ? Math.abs(wx) : sign * wx;
            double ky = sign == 0 ? Math.abs(wy) : sign * wy;
            return Double.compare(ky, kx);
        });
        List<String> out = new ArrayList<>(3);
        for (int s : order) {
            if (out.size() == 3) {
                break;
            }
            out.add(quoteSentence(s) + " [" + String.join("; ", cues.get(s)) + "]");
        }
        if (label == StanceLabel.NEUTRAL) {
            for (Map.Entry<Integer, List<String>> e : ignored.entrySet()) {
                if (out.size() == 3) {
                    break;
                }
                out.add(quoteSentence(e.getKey()) + " [" + String.join("; ", e.getValue()) + "]");
            }
        }
        return out;
    }

    private String quoteSentence(int s) {
        int a = toks.get(sentStart[s]).start;
        int b = toks.get(sentEnd[s] - 1).end;
        String text = doc.substring(a, b).replace('\n', ' ');
        if (text.length() > 240) {
            text = text.substring(0, 237) + "...";
        }
        return "\"" + text + "\"";
    }

    private String cueText(Cue c) {
        int a = toks.get(c.modStart).start;
        int b = toks.get(c.hit.end - 1).end;
        String s = doc.substring(a, Math.min(b, doc.length())).replace('\n', ' ');
        if (c.hit.e == SCARE_ENTRY) {
            return s + " (scare quotes)";
        }
        return s;
    }

    private String names(int[] targets) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < targets.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(tg.targetNames[targets[i]]);
        }
        return sb.toString();
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
