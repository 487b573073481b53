package io.newswire.enrich.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AttributionTest {

    /** The end of {@code Attribution.PLATFORM_CUE}, which {@link Attribution#endsInPlatformPreposition} checks first. */
    private static final Pattern PLATFORM_TAIL = Pattern.compile(
            "(?iuU)\\b(on|to|via|in|auf|sur|en|в)\\s+(?:(?:his|her|their|its|the|a|an|official|own|seinem|ihrem|son|sa|su)\\s+){0,2}$");

    @Test
    void platformPrepositionEndsTheClause() {
        assertThat(Attribution.endsInPlatformPreposition("wrote on ")).isTrue();
        assertThat(Attribution.endsInPlatformPreposition("posted on his own ")).isTrue();
        assertThat(Attribution.endsInPlatformPreposition("опубликовал в ")).isTrue();
        assertThat(Attribution.endsInPlatformPreposition("said in an interview with the ")).isFalse();
        assertThat(Attribution.endsInPlatformPreposition("wrote on")).isFalse();
        assertThat(Attribution.endsInPlatformPreposition("on the the the ")).isFalse();
    }

    @Test
    void platformPreCheckHoldsWhereverTheTailMatches() {
        Random random = new Random(7);
        int matched = 0;
        for (int i = 0; i < 200_000; i++) {
            String s = RandomText.of(random, 8);
            if (PLATFORM_TAIL.matcher(s).find()) {
                matched++;
                assertThat(Attribution.endsInPlatformPreposition(s)).as("[%s]", s).isTrue();
            }
        }
        assertThat(matched).isGreaterThan(1000);
    }
}
