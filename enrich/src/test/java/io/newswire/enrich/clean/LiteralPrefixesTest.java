package io.newswire.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class LiteralPrefixesTest {

    private static Set<String> prefixes(String regex) {
        Set<String> set = LiteralPrefixes.of(regex);
        return set == null ? null : new TreeSet<>(set);
    }

    @Test
    void literalsGroupsAndOptionalParts() {
        assertThat(prefixes("(?:read more|share)")).containsExactly("read more", "share");
        assertThat(prefixes("^(please )?(subscribe|sign up)\\b"))
                .containsExactly("please sign up", "please subscribe", "sign up", "subscribe");
        assertThat(prefixes("(leave|post) a (comment|reply)\\b.{0,80}"))
                .containsExactly("leave a comment", "leave a reply", "post a comment", "post a reply");
        // A digit stands for itself: "(c) 2024" must start with one of "(c) 0" .. "(c) 9" or "(c)0" .. "(c)9".
        assertThat(prefixes("©|\\(c\\) ?\\d{4}|\\bcopyright\\b")).hasSize(22).contains("©", "copyright", "(c) 2", "(c)2");
    }

    @Test
    void aClassOrRepetitionEndsThePrefix() {
        assertThat(prefixes("tags?\\s*:[^\\]]{0,200}")).hasSize(14).contains("tag:", "tags:", "tag ", "tags\t")
                .allMatch(p -> p.startsWith("tag"));
        assertThat(prefixes("tags?|tags:")).containsExactly("tag"); // "tags" starts with "tag"
        assertThat(prefixes("related(\\s+\\p{L}+){0,2}\\s*:?")).containsExactly("related");
        assertThat(prefixes("(ab)+c")).containsExactly("ab");
        assertThat(prefixes("x(ab)*c")).containsExactly("xab", "xc");
        assertThat(prefixes("\\d+ comments|(reader )?comments?"))
                .containsExactly("0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "comment", "reader comment");
        assertThat(prefixes("\\sx")).containsExactly("\tx", "\nx", "\u000Bx", "\fx", "\rx", " x");
    }

    @Test
    void longPrefixesAreCut() {
        String literal = "a".repeat(LiteralPrefixes.MAX_LENGTH + 10);
        assertThat(prefixes(literal + "|b")).containsExactly("a".repeat(LiteralPrefixes.MAX_LENGTH), "b");
    }

    @Test
    void tooManyPrefixesAreCutAsLittleAsNeeded() {
        Set<String> found = prefixes("(\\d+\\s+)?(reader )?(comments?|responses?|replies|kommentare?|commentaires?|comentarios?|"
                + "комментари\\p{L}*|댓글|评论)(\\s*\\(\\d+\\))?\\s*:?");
        assertThat(found).contains("0", "comment", "kommentar", "replies", "댓글").doesNotContain("c", "k", "r");
    }

    @Test
    void cannotTellWhenAnyCharacterMayStartOrTheEmptyStringMatches() {
        assertThat(prefixes(".{0,10}end")).isNull();
        assertThat(prefixes("[abc]x")).isNull();
        assertThat(prefixes("\\p{L}+")).isNull();
        assertThat(prefixes("(?i)abc")).isNull();
        assertThat(prefixes("(?=a)a")).isNull();
        assertThat(prefixes("a?")).isNull();
        assertThat(prefixes("a|")).isNull();
        assertThat(prefixes("\\1a")).isNull();
    }

    @Test
    void theDefaultCuesStillMatchInsideAndAtTheStartOfLines() {
        CleanerCues cues = CleanerCues.defaults();
        assertThat(cues.matches(CleanerCues.Section.COPYRIGHT, "photo and text (c) 2019 by reuters")).isTrue();
        assertThat(cues.matches(CleanerCues.Section.COPYRIGHT, "© 2024 the korea herald")).isTrue();
        assertThat(cues.matches(CleanerCues.Section.COPYRIGHT, "the (c) grade")).isFalse();
        assertThat(cues.matches(CleanerCues.Section.BOILERPLATE, "we use cookies to improve the site")).isTrue();
        assertThat(cues.matches(CleanerCues.Section.BOILERPLATE, "please subscribe")).isTrue();
        assertThat(cues.matches(CleanerCues.Section.BOILERPLATE, "the minister will not subscribe")).isFalse();
        assertThat(cues.matches(CleanerCues.Section.BOILERPLATE, "share")).isTrue();
        assertThat(cues.matches(CleanerCues.Section.BOILERPLATE, "shared values")).isFalse();
        assertThat(cues.matches(CleanerCues.Section.COMMENTS, "12 comments")).isTrue();
        assertThat(cues.matches(CleanerCues.Section.COMMENTS, "")).isFalse();
        assertThat(cues.matches(CleanerCues.Section.END, "full story at https://www.scmp.com/x")).isTrue();
        assertThat(cues.matches(CleanerCues.Section.NAV, "menu")).isTrue();
        assertThat(cues.matches(CleanerCues.Section.NAV, "menus of the day")).isFalse();
    }
}
