package io.newswire.enrich.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextCleanerTest {

    private final TextCleaner cleaner = new TextCleaner();
    private static final String PARA = "Russian President Vladimir Putin and North Korean leader Kim Jong-un had personal chemistry at "
            + "their summit in Vladivostok last week, the ambassador said on Monday.";

    private static LineKind kindOf(CleanedArticle a, String startsWith) {
        return a.lines().stream().filter(l -> l.text().startsWith(startsWith)).findFirst().orElseThrow().kind();
    }

    @Test
    void separatesNavigationTitleCaptionRelatedAndComments() {
        String text = "Eastern Europe\n\nPutin Shows He’s Best Buds With Kim Too\n\nPutin Shows He's Best Buds With Kim Too\n"
                + "Image by Kremlin.ru\n\n" + PARA + "\n\nRelated articles\n\nRussia Working Towards Becoming Sanction Proof\n\nL Todd Wood\n\n"
                + "Walkin O'Shea May 1, 2019 at 5:06 pm\n\nWell of course he is.\n\nVincent May 1, 2019 at 5:20 pm\n\nWhat were their agreements?\n\n"
                + "Leave a Comment\n\nSubscribe to our evening newsletter to stay informed!!\n";
        CleanedArticle a = cleaner.clean(text, "Putin Shows He’s Best Buds With Kim Too", 0);
        assertThat(kindOf(a, "Eastern Europe")).isEqualTo(LineKind.NAVIGATION);
        assertThat(kindOf(a, "Putin Shows He's")).isEqualTo(LineKind.TITLE);
        assertThat(kindOf(a, "Image by")).isEqualTo(LineKind.CAPTION);
        assertThat(kindOf(a, "Related articles")).isEqualTo(LineKind.RELATED);
        assertThat(kindOf(a, "L Todd Wood")).isEqualTo(LineKind.RELATED);
        assertThat(kindOf(a, "Walkin O'Shea")).isEqualTo(LineKind.COMMENT);
        assertThat(kindOf(a, "What were")).isEqualTo(LineKind.COMMENT);
        assertThat(kindOf(a, "Leave a Comment")).isEqualTo(LineKind.BOILERPLATE);
        assertThat(kindOf(a, "Subscribe")).isEqualTo(LineKind.BOILERPLATE);
        assertThat(a.commentCount()).isEqualTo(2);
        assertThat(a.text()).isEqualTo(PARA);
    }

    @Test
    void bloggerStyleCommentsAreCounted() {
        CleanedArticle a = cleaner.clean(PARA + "\n\n1 comment:\n\nB.Poster said...\n\nSomehow I am skeptical.\n", null, 0);
        assertThat(a.commentCount()).isEqualTo(1);
        assertThat(a.text()).doesNotContain("skeptical");
    }

    @Test
    void whatFollowsAPointerToTheOriginalIsNotTheArticle() {
        CleanedArticle a = cleaner.clean(PARA + "\nFull story at https://www.scmp.com/news/asia/article/3007622/x\n"
                + "Best communist diplomatic gifts ever.\nOddly Vladivostok was chosen.\n", null, 0);
        assertThat(kindOf(a, "Full story")).isEqualTo(LineKind.SOURCE_REF);
        assertThat(a.commentCount()).isEqualTo(2);
        assertThat(a.text()).isEqualTo(PARA);
    }

    @Test
    void authorBioAndCopyrightAreNotText() {
        CleanedArticle a = cleaner.clean(PARA + "\n\nAbout the author: Mia Patel\n\nMia Patel is an investigative journalist with a "
                + "passion for unveiling the truth.\n\n© 2021 The Eurasia Observer. All rights reserved.\n", null, 0);
        assertThat(kindOf(a, "Mia Patel is")).isEqualTo(LineKind.BIO);
        assertThat(kindOf(a, "©")).isEqualTo(LineKind.COPYRIGHT);
        assertThat(a.text()).isEqualTo(PARA);
    }

    @Test
    void embeddedTweetsAreEmbeds() {
        CleanedArticle a = cleaner.clean(PARA + "\nPutin is officially in North Korea. pic.twitter.com/CKoUYCrEjJ\n"
                + "— Russian Market (@runews) June 18, 2024\n" + PARA + "\n", null, 0);
        assertThat(kindOf(a, "Putin is officially")).isEqualTo(LineKind.EMBED);
        assertThat(kindOf(a, "— Russian Market")).isEqualTo(LineKind.EMBED);
    }

    @Test
    void creditsAndEmbedsAreFoundThroughTheirMarkers() {
        String longPara = PARA + " A post shared by the embassy https://instagram.com/p/x here.";
        CleanedArticle a = cleaner.clean(PARA + "\nKim Jong Un inspects a factory. REUTERS/Sputnik\nSoldiers march in Pyongyang (Getty Images)\n"
                + "A view of the city. Shutterstock\nPhotographs courtesy of the ministry\nSee the photos on our site at https://example.com/p\n"
                + "https://www.instagram.com/p/Cx12/\n" + longPara + "\n" + PARA + "\n", null, 0);
        assertThat(kindOf(a, "Kim Jong Un inspects")).isEqualTo(LineKind.CAPTION);
        assertThat(kindOf(a, "Soldiers march")).isEqualTo(LineKind.CAPTION);
        assertThat(kindOf(a, "A view of the city")).isEqualTo(LineKind.CAPTION);
        assertThat(kindOf(a, "Photographs courtesy")).isEqualTo(LineKind.CAPTION);
        assertThat(kindOf(a, "See the photos")).isEqualTo(LineKind.BODY);
        assertThat(kindOf(a, "https://www.instagram.com")).isEqualTo(LineKind.EMBED);
        assertThat(a.lines().stream().filter(l -> l.text().equals(longPara)).findFirst().orElseThrow().kind()).isEqualTo(LineKind.EMBED);
    }

    @Test
    void theTitleKeyOfAsciiTextIsTheOneOfItsGeneralForm() {
        java.util.Random random = new java.util.Random(5);
        String alphabet = "aZ9' `\"-.,!?:;()[]/_\t";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = random.nextInt(30); i < n; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(TitleKey.asciiKey(text.toString())).as(text.toString()).isEqualTo(TitleKey.unicodeKey(text.toString()));
        }
        assertThat(TitleKey.asciiKey(" Putin `Shows' He's -- Best Buds! ")).isEqualTo("putin 'shows' he's best buds");
    }

    @Test
    void linesAreSplitAndStrippedAsStringSplitAndStripDo() {
        java.util.Random random = new java.util.Random(3);
        String alphabet = "ab \t\n\r\u00A0\u2003\u3000\u000B";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = random.nextInt(20); i < n; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            java.util.List<String> expected = java.util.Arrays.stream(text.toString().split("\n")).map(String::strip)
                    .filter(t -> !t.isEmpty()).toList();
            assertThat(TextCleaner.nonBlankLines(text.toString())).as(text.toString()).isEqualTo(expected);
        }
    }

    @Test
    void aListItemWithPhotoInParenthesesIsNotACaption() {
        CleanedArticle a = cleaner.clean(PARA + "\nMore News On Lavrov In Pyongyang\nLavrov meets Kim, gifts him a box (PHOTO, VIDEO) -- RT\n", null, 0);
        assertThat(kindOf(a, "Lavrov meets")).isEqualTo(LineKind.RELATED);
    }

    @Test
    void readsDatelinesInSeveralStyles() {
        assertThat(cleaner.clean("PYONGYANG, May 31. /TASS/. " + PARA, null, 0).dateline())
                .hasValueSatisfying(d -> {
                    assertThat(d.agency()).isEqualTo("TASS");
                    assertThat(d.dateText()).isEqualTo("May 31");
                });
        assertThat(cleaner.clean("WASHINGTON, Nov. 5, 2024 (UPI) -- " + PARA, null, 0).dateline())
                .hasValueSatisfying(d -> assertThat(d.dateText()).isEqualTo("Nov. 5, 2024"));
        assertThat(cleaner.clean("Berlin/Moskau (dpa) - " + PARA, null, 0).dateline())
                .hasValueSatisfying(d -> assertThat(d.agency()).isEqualTo("dpa"));
        assertThat(cleaner.clean("(서울=연합뉴스) 김철수 기자 = 북한이 26일 오전 동해상으로 탄도미사일을 발사했다고 합동참모본부가 밝혔다.", null, 0).dateline())
                .hasValueSatisfying(d -> assertThat(d.agency()).isEqualTo("연합뉴스"));
        assertThat(cleaner.clean(PARA, null, 0).dateline()).isEmpty();
    }

    @Test
    void userCuesExtendTheDefaults(@TempDir Path dir) throws Exception {
        Path cues = dir.resolve("cues.txt");
        Files.writeString(cues, "[boilerplate]\nsupport our journalism.*\n");
        TextCleaner custom = new TextCleaner(CleanerCues.load(cues));
        String text = PARA + "\nSupport our journalism today\n";
        assertThat(kindOf(custom.clean(text, null, 0), "Support")).isEqualTo(LineKind.BOILERPLATE);
        assertThat(kindOf(cleaner.clean(text, null, 0), "Support")).isEqualTo(LineKind.BODY);
    }
}
