package io.newswire.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;

class FirstCharsTest {

    private static String chars(String regex) {
        BitSet set = FirstChars.of(regex);
        if (set == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        set.stream().forEach(c -> sb.append((char) c));
        return sb.toString();
    }

    @Test
    void literalsGroupsAndOptionalPrefixes() {
        assertThat(chars("(?:read more|share)")).isEqualTo("rs");
        assertThat(chars("^(please )?(subscribe|sign up|register)\\b")).isEqualTo("prs");
        assertThat(chars("\\b(newsletter|subscribe to)\\b.{0,80}")).isEqualTo("ns");
        assertThat(chars("(\\d+\\s+)?(reader )?comments?")).isEqualTo("0123456789cr");
        assertThat(chars("©|\\(c\\) ?\\d{4}|\\bcopyright\\b")).isEqualTo("(c©");
    }

    @Test
    void cannotTellWhenAnyCharacterMayStartOrTheEmptyStringMatches() {
        assertThat(chars(".{0,10}end")).isNull();
        assertThat(chars("[abc]x")).isNull();
        assertThat(chars("\\p{L}+")).isNull();
        assertThat(chars("(?i)abc")).isNull();
        assertThat(chars("(?=a)a")).isNull();
        assertThat(chars("a?")).isNull();
        assertThat(chars("a|")).isNull();
    }

    @Test
    void classesAfterTheFirstCharacterDoNotMatter() {
        assertThat(chars("tags?\\s*:[^\\]]{0,200}")).isEqualTo("t");
        assertThat(chars("related(\\s+\\p{L}+){0,2}\\s*:?")).isEqualTo("r");
    }

    @Test
    void theDefaultCuesStillMatchInsideAndAtTheStartOfLines() {
        CleanerCues cues = CleanerCues.defaults();
        assertThat(cues.matches(CleanerCues.Section.COPYRIGHT, "photo and text (c) 2019 by reuters")).isTrue();
        assertThat(cues.matches(CleanerCues.Section.COPYRIGHT, "© 2024 the korea herald")).isTrue();
        assertThat(cues.matches(CleanerCues.Section.BOILERPLATE, "we use cookies to improve the site")).isTrue();
        assertThat(cues.matches(CleanerCues.Section.BOILERPLATE, "please subscribe")).isTrue();
        assertThat(cues.matches(CleanerCues.Section.BOILERPLATE, "the minister will not subscribe")).isFalse();
        assertThat(cues.matches(CleanerCues.Section.COMMENTS, "12 comments")).isTrue();
        assertThat(cues.matches(CleanerCues.Section.COMMENTS, "")).isFalse();
        assertThat(cues.matches(CleanerCues.Section.END, "full story at https://www.scmp.com/x")).isTrue();
    }
}
