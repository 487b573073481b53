package io.newswire.enrich.date;

import static io.newswire.enrich.TestFiles.enrich;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.PublishedDate;
import org.junit.jupiter.api.Test;

class PublicationDateFinderTest {

    private static final String BODY = "Russia and North Korea agreed on Thursday to expand cooperation in trade and transport, "
            + "officials said after talks that lasted several hours in the capital.\n";

    private static PublishedDate date(String name, String content) {
        return enrich(name, content).getPublished();
    }

    @Test
    void headerDateLineBeatsCommentTimestamps() {
        PublishedDate d = date("a.txt", "Thursday, May 31, 2018\n\nHeadline about talks\n\n" + BODY
                + "\n1 comment:\n\nB.Poster said...\n\nI doubt it. Posted June 2, 2018 at 10:15 am\n");
        assertThat(d.getDate()).isEqualTo("2018-05-31");
        assertThat(d.getMethod()).isEqualTo("HEADER");
        assertThat(d.getConfidence()).isGreaterThanOrEqualTo(0.8);
        assertThat(d.getEvidence()).contains("Thursday, May 31, 2018");
    }

    @Test
    void publishedWinsOverUpdated() {
        PublishedDate d = date("a.txt", "Headline about talks\n\nUpdated: Sept. 14, 2023 at 3:12 p.m. ET\n"
                + "Published: Sept. 13, 2023 at 10:05 a.m. ET\n\n" + BODY);
        assertThat(d.getDate()).isEqualTo("2023-09-13");
        assertThat(d.getMethod()).isEqualTo("BYLINE");
        assertThat(d.getDateTime()).isEqualTo("2023-09-13T10:05-04:00");
    }

    @Test
    void updatedAloneIsBelowHalfConfidence() {
        PublishedDate d = date("a.txt", "Headline about talks\n\nUpdated 3:42 PM EST, February 24, 2022\n\n" + BODY);
        assertThat(d.getDate()).isEqualTo("2022-02-24");
        assertThat(d.getConfidence()).isLessThan(0.5);
    }

    @Test
    void yearlessDatelineTakesTheHeaderYearAndCorroboratesIt() {
        PublishedDate d = date("a.txt", "Thursday, May 31, 2018\n\nHeadline about talks\n\nPYONGYANG, May 31. /TASS/. " + BODY);
        assertThat(d.getDate()).isEqualTo("2018-05-31");
        assertThat(d.getEvidence()).contains("dateline");
    }

    @Test
    void yearlessDatelineAloneIsResolvedAgainstCommentsButStaysBelowHalf() {
        PublishedDate d = date("a.txt", "Headline about talks\n\nSEOUL, Sept. 14 (Yonhap) -- " + BODY
                + "\nComments\n\nMin-jun Park Sept 15, 2023 at 8:40 am\nGood.\n");
        assertThat(d.getMethod()).isEqualTo("DATELINE");
        assertThat(d.getDate()).isEqualTo("2023-09-14");
        assertThat(d.getConfidence()).isLessThan(0.5);
    }

    @Test
    void commentsOnlyBoundTheDateFromAbove() {
        PublishedDate d = date("a.txt", "Headline about talks\n\n" + BODY
                + "\nWalkin O'Shea May 1, 2019 at 5:06 pm\nWell of course he is.\n\nLeave a Comment\n");
        assertThat(d.getMethod()).isEqualTo("COMMENTS_BOUND");
        assertThat(d.getDate()).isEqualTo("2019-05-01");
        assertThat(d.getConfidence()).isLessThan(0.5);
    }

    @Test
    void relatedArticleDatesAndCopyrightYearsAreIgnored() {
        PublishedDate d = date("a.txt", "Headline about talks\n\n" + BODY
                + "\nRelated articles\nKim visits Russian jet plant — September 15, 2023\nPutin accepts invitation — September 14, 2023\n"
                + "\n© 2022 Example. All rights reserved.\n");
        assertThat(d.getMethod()).isEqualTo("FILE_MODIFIED");
        assertThat(d.getConfidence()).isLessThan(0.5);
    }

    @Test
    void noDateFallsBackToTheFileTimeAtLowConfidence() {
        PublishedDate d = date("a.txt", "Headline about talks\n\n" + BODY);
        assertThat(d.getMethod()).isEqualTo("FILE_MODIFIED");
        assertThat(d.getDate()).isEqualTo("2030-01-02");
        assertThat(d.getConfidence()).isLessThan(0.5);
    }

    @Test
    void embeddedTweetOnlyGivesALowConfidenceLowerBound() {
        PublishedDate d = date("a.txt", "Headline about talks\n\n" + BODY
                + "Putin is officially in North Korea. pic.twitter.com/CKoUYCrEjJ\n— Russian Market (@runews) June 18, 2024\n");
        assertThat(d.getMethod()).isEqualTo("TEXT");
        assertThat(d.getDate()).isEqualTo("2024-06-18");
        assertThat(d.getConfidence()).isLessThan(0.5);
    }

    @Test
    void metadataDateWins() {
        PublishedDate d = date("a.html", "<html><head><meta property=\"article:published_time\" content=\"2019-04-25T10:00:00+03:00\">"
                + "</head><body><article><p>" + BODY + "</p><p>Related: June 1, 2020</p></article></body></html>");
        assertThat(d.getMethod()).isEqualTo("METADATA");
        assertThat(d.getDate()).isEqualTo("2019-04-25");
        assertThat(d.getDateTime()).isEqualTo("2019-04-25T10:00+03:00");
        assertThat(d.getConfidence()).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void urlDateWhenNothingElse() {
        PublishedDate d = date("a.html", "<html><head><link rel=\"canonical\" href=\"https://www.theguardian.com/world/2024/jun/20/story\">"
                + "</head><body><article><p>" + BODY + "</p></article></body></html>");
        assertThat(d.getMethod()).isEqualTo("URL");
        assertThat(d.getDate()).isEqualTo("2024-06-20");
    }

    @Test
    void epochSecondsInJson() {
        PublishedDate d = date("a.json", "{\"title\": \"t\", \"text\": \"" + BODY.strip() + "\", \"timestamp\": 1694595600}");
        assertThat(d.getDate()).isEqualTo("2023-09-13");
        assertThat(d.getMethod()).isEqualTo("METADATA");
    }

    @Test
    void epochMillisecondsInJson() {
        PublishedDate d = date("a.json", "{\"title\": \"t\", \"text\": \"" + BODY.strip() + "\", \"timestamp\": 1694595600000}");
        assertThat(d.getDate()).isEqualTo("2023-09-13");
        assertThat(d.getMethod()).isEqualTo("METADATA");
    }

    @Test
    void latestOccurrenceOfAMonthDayHonoursTheWeekday() {
        assertThat(PublicationDateFinder.latestOnOrBefore(java.time.MonthDay.of(5, 31), java.time.LocalDate.of(2024, 1, 1),
                java.time.DayOfWeek.THURSDAY)).isEqualTo("2018-05-31");
        assertThat(PublicationDateFinder.latestOnOrBefore(java.time.MonthDay.of(5, 31), java.time.LocalDate.of(2024, 1, 1), null))
                .isEqualTo("2023-05-31");
    }
}
