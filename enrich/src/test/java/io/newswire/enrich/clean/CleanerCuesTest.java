package io.newswire.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.clean.CleanerCues.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CleanerCuesTest {

    private static final CleanerCues CUES = CleanerCues.defaults();

    @Test
    void onePassTellsEverySectionALineMatches() {
        assertThat(CUES.sectionsOf("12 comments")).containsExactly(Section.COMMENTS);
        assertThat(CUES.sectionsOf("related articles")).containsExactly(Section.RELATED);
        assertThat(CUES.sectionsOf("share this article: facebook twitter email")).containsExactly(Section.BOILERPLATE);
        assertThat(CUES.sectionsOf("© 2024 the korea herald")).containsExactly(Section.COPYRIGHT);
        assertThat(CUES.sectionsOf("putin and kim meet at russian spaceport")).isEmpty();
        assertThat(CUES.sectionsOf("")).isEmpty();
    }

    @Test
    void wholeLineCuesMustStartTheLineAndContainedCuesMayStandAnywhere() {
        assertThat(CUES.sectionsOf("the minister will not subscribe")).isEmpty();
        assertThat(CUES.sectionsOf("we use cookies to improve the site")).containsExactly(Section.BOILERPLATE);
        assertThat(CUES.sectionsOf("photo and text (c) 2019 by reuters")).contains(Section.COPYRIGHT);
    }

    @Test
    void agreesWithTheSectionBySectionTest() {
        List<String> lines = List.of("12 comments", "menu", "menus of the day", "full story at https://www.scmp.com/x",
                "about the author", "read also: kim visits moscow", "subscribe", "all rights reserved", "annaj september 14, 2023");
        for (String line : lines) {
            Set<Section> expected = EnumSet.noneOf(Section.class);
            for (Section s : Section.values()) {
                if (CUES.matches(s, line)) {
                    expected.add(s);
                }
            }
            assertThat(CUES.sectionsOf(line)).as(line).isEqualTo(expected);
        }
    }

    @Test
    void markersAreFoundInTheSamePassAndChangeNoSection() {
        CleanerCues withMarkers = CUES.withMarkers(List.of("/", "photo", "(@"));
        CleanerCues.LineScan scan = withMarkers.scan("photo: kremlin.ru/press (c) 2019");
        assertThat(scan.markers()).isEqualTo(0b011);
        assertThat(scan.sections()).isEqualTo(CUES.sectionsOf("photo: kremlin.ru/press (c) 2019")).contains(Section.COPYRIGHT);
        assertThat(withMarkers.scan("12 comments").markers()).isZero();
        assertThat(withMarkers.scan("12 comments").sections()).containsExactly(Section.COMMENTS);
        assertThat(withMarkers.scan("— jane (@jane) may 1, 2019").markers()).isEqualTo(0b100);
    }

    @Test
    void userCuesWithoutKnownPrefixesCountToo(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("cues.txt");
        Files.writeString(file, "[nav]\n\\p{L}+ » \\p{L}+\n[end]\n~ \\d+ sources?\\b\n");
        CleanerCues cues = CleanerCues.load(file);
        assertThat(cues.sectionsOf("world » asia")).contains(Section.NAV);
        assertThat(cues.sectionsOf("as 3 sources said")).contains(Section.END);
        assertThat(cues.sectionsOf("asia")).doesNotContain(Section.NAV, Section.END);
    }
}
