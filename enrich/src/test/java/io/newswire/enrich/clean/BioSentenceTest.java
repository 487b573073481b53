package io.newswire.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BioSentenceTest {

    @Test
    void readsTheFirstSentenceOfABio() {
        assertThat(BioSentence.matches("Mia Patel is an investigative journalist with a passion for unveiling the truth.")).isTrue();
        assertThat(BioSentence.matches("L Todd Wood was the editor of the paper.")).isFalse(); // "L" is no name word
        assertThat(BioSentence.matches("Anne Marie Van Der Berg is a writer.")).isFalse(); // five name words
        assertThat(BioSentence.mayMatch("The president said the reporter was wrong.")).isFalse();
    }

    /** Bio sentences with random changes: the cheap test must never rule out a line the pattern matches. */
    @Test
    void neverRulesOutALineThePatternMatches() {
        Random random = new Random(31);
        String[][] slots = {{"Mia", "L", "mia", "Élodie", "O’Neil"}, {"Patel", "Jean-Luc", "St.", "is"}, {"Van", "Der", "was", "x"},
                {"is", "was", "Is", "wasn't", "this"}, {"a", "an", "the", "A"}, {"investigative", "award-winning", "", "x y z w"},
                {"journalist", "editor", "writer", "journalists", "author."}, {"with a passion.", "", ".", "at the paper"}};
        String[] spaces = {" ", " ", " ", "  ", "\t", "\n", "\u000B", "\f", "\r", "", "\u2003", "\u00A0"};
        int matched = 0;
        for (int round = 0; round < 30_000; round++) {
            StringBuilder line = new StringBuilder();
            for (String[] slot : slots) {
                if (random.nextInt(5) == 0) {
                    continue;
                }
                line.append(line.isEmpty() ? "" : spaces[random.nextInt(spaces.length)]).append(slot[random.nextInt(slot.length)]);
            }
            String text = line.toString();
            boolean pattern = BioSentence.PATTERN.matcher(text).matches();
            matched += pattern ? 1 : 0;
            assertThat(BioSentence.matches(text)).as(text).isEqualTo(pattern);
        }
        assertThat(matched).isGreaterThan(200);
    }
}
