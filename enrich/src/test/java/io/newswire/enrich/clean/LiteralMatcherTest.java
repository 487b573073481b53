package io.newswire.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LiteralMatcherTest {

    private static List<String> all(LiteralMatcher matcher, List<String> literals, String text) {
        List<String> hits = new ArrayList<>();
        matcher.find(text, hits, (found, start, literal) -> {
            found.add(start + ":" + literals.get(literal));
            return false;
        });
        return hits;
    }

    @Test
    void findsEveryOccurrenceOverlapsAndSuffixesIncluded() {
        List<String> literals = List.of("he", "she", "his", "hers");
        LiteralMatcher matcher = new LiteralMatcher(literals);
        assertThat(all(matcher, literals, "ushers")).containsExactly("1:she", "2:he", "2:hers");
        assertThat(all(matcher, literals, "this is his")).containsExactly("1:his", "8:his");
        assertThat(all(matcher, literals, "nothing here")).containsExactly("8:he");
        assertThat(all(matcher, literals, "")).isEmpty();
    }

    @Test
    void nonLatinCharactersAndRepeatedLiterals() {
        List<String> literals = List.of("©", "版权所有", "저작권자", "все права", "©");
        LiteralMatcher matcher = new LiteralMatcher(literals);
        assertThat(all(matcher, literals, "© 2024 版权所有 — все права защищены"))
                .containsExactly("0:©", "0:©", "7:版权所有", "14:все права");
    }

    @Test
    void stopsWhenTheHitSaysSo() {
        List<String> literals = List.of("a");
        List<Integer> seen = new ArrayList<>();
        boolean stopped = new LiteralMatcher(literals).find("banana", seen, (starts, start, literal) -> {
            starts.add(start);
            return starts.size() == 2;
        });
        assertThat(stopped).isTrue();
        assertThat(seen).containsExactly(1, 3);
    }

    @Test
    void prefixesAreTheLiteralsTheTextStartsWith() {
        List<String> literals = List.of("read more", "read", "re", "more", "e");
        LiteralMatcher matcher = new LiteralMatcher(literals);
        List<String> hits = new ArrayList<>();
        matcher.findPrefixes("read more now", hits, (found, start, literal) -> {
            found.add(literals.get(literal));
            return false;
        });
        assertThat(hits).containsExactly("re", "read", "read more");
        assertThat(matcher.findPrefixes("more", literals, (list, start, literal) -> list.get(literal).equals("more"))).isTrue();
        assertThat(matcher.findPrefixes("xread", null, (context, start, literal) -> true)).isFalse();
    }

    @Test
    void agreesWithIndexOfOnRandomTexts() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<String> literals = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                literals.add(randomText(random, 1 + random.nextInt(4)));
            }
            String text = randomText(random, random.nextInt(60));
            List<String> expected = new ArrayList<>();
            for (int end = 1; end <= text.length(); end++) {
                for (String l : literals) {
                    if (end >= l.length() && text.startsWith(l, end - l.length())) {
                        expected.add((end - l.length()) + ":" + l);
                    }
                }
            }
            assertThat(all(new LiteralMatcher(literals), literals, text)).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static String randomText(Random random, int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            sb.append("abcé版".charAt(random.nextInt(5)));
        }
        return sb.toString();
    }

    @Test
    void anEmptyLiteralIsRefused() {
        assertThatThrownBy(() -> new LiteralMatcher(List.of("a", ""))).isInstanceOf(IllegalArgumentException.class);
    }
}
