package io.newswire.enrich.source;

import static io.newswire.enrich.TestFiles.enrich;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.CitedSource;
import io.newswire.avro.EnrichedArticle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SourceTaggerTest {

    private static final String LEAD = "Headline for the test\n\nNorth Korea and Russia agreed to expand cooperation in trade and transport after talks "
            + "in the capital that lasted several hours.\n";

    private static List<String> cited(String body) {
        return enrich("a.txt", LEAD + body).getCitedSources().stream().map(CitedSource::getName).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "the ambassador told Russian news agaency TASS on Monday.|TASS",
            "According to the Russian state news agency Tass, talks are scheduled later.|TASS",
            "“Now we will start working,” wrote TASS.|TASS",
            "He said, according to the Russian news agency RIA.|RIA Novosti",
            "The footage of the meeting was published on YouTube.|YouTube",
            "Reuters reported on Tuesday that the talks failed.|Reuters",
            "Le dirigeant a promis son soutien, selon l'AFP.|Agence France-Presse",
            "Об этом сообщает ТАСС.|TASS",
            "Das berichtete die Nachrichtenagentur Reuters unter Berufung auf Kreise.|Reuters",
            "SEOUL, June 19 (Yonhap) -- The talks ended.|Yonhap News Agency",
            "The Associated Press contributed to this report.|Associated Press",
            "조선중앙통신은 이날 시험에 성공했다고 보도했다.|Korean Central News Agency",
    })
    void attributions(String sentence, String outlet) {
        assertThat(cited(sentence)).containsExactly(outlet);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Russian President Vladimir Putin with Kim Jong-un in Vladivostok. Photo: EPA-EFE",
            "Image by Kremlin.ru",
            "Kim inspects a launcher. (AP Photo/Ahn Young-joon)",
            "He told reporters that RT had been banned in Europe.",
            "Putin wrote in an article published in the Rodong Sinmun on Tuesday.",
            "The BBC has been blocked in Russia since 2022.",
            "A Kremlin spokesman said the talks were useful.",
    })
    void notAttributions(String sentence) {
        assertThat(cited(sentence)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Trump wrote on his Truth Social platform that the meeting went well.|Truth Social",
            "The minister said on Twitter that talks would resume.|X",
            "Zelensky posted on X that the attack had been repelled.|X",
            "In a post on Telegram, the governor said two drones were downed.|Telegram",
            "The spokeswoman wrote on Weibo that Beijing was watching closely.|Weibo",
            "The footage was uploaded to VK by the ministry.|VK",
            "He made the remarks in an ABC News interview on Sunday.|ABC News",
            "The senator told CNN the deal was dead.|CNN",
            "Kim spoke about the summit in an interview with the BBC.|BBC",
            "Kim was quoted as saying by KCNA that the visit was historic.|Korean Central News Agency",
            "The two sides signed nine agreements, according to a report by Reuters.|Reuters",
            "KCNA described Zelensky as a puppet of the West.|Korean Central News Agency",
            "North Korea's state news agency KCNA condemned the meeting as reckless.|Korean Central News Agency",
            "Reuters could not independently verify the battlefield reports.|Reuters",
            "Trump welcomed the summit on Twitter, writing that the war would end.|X",
    })
    void publicationPlatformsAndOutletsAsSpeakers(String sentence, String outlet) {
        assertThat(cited(sentence)).containsExactly(outlet);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Facebook and Telegram were blocked in the region last year.",
            "Telegram's founder was detained in France.",
            "The company sold its shares in Twitter in 2022.",
            "Photographs released by KCNA show Kim at the launch site.",
            "He has millions of followers on YouTube and TikTok.",
    })
    void platformsMerelyMentionedAreNotCited(String sentence) {
        assertThat(cited(sentence)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "June 14, 2018 | The Liberty Ledger; The Liberty Ledger",
            "By Rosa Delgado | Counterline Magazine; Counterline Magazine",
            "Satire desk | The Weekly Bulletin; The Weekly Bulletin",
            "By Kim Arin | The Korea Herald; The Korea Herald",
    })
    void headerLinePairingDateOrBylineWithANameNamesThePublisher(String header, String publisher) {
        EnrichedArticle a = enrich("a.txt", "Headline for the test\n" + header + "\n\n" + LEAD.substring(LEAD.indexOf('\n') + 1));
        assertThat(a.getPublisher().getName()).isEqualTo(publisher);
        assertThat(a.getPublisher().getConfidence()).isBetween(0.5, 0.65);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "Home | World | Asia",
            "Politics | Analysis",
            "June 14, 2018 | 10:05",
            "By Rosa Delgado | Twitter",
    })
    void otherHeaderLinesNameNoPublisher(String header) {
        EnrichedArticle a = enrich("a.txt", "Headline for the test\n" + header + "\n\n" + LEAD.substring(LEAD.indexOf('\n') + 1));
        assertThat(a.getPublisher()).isNull();
    }

    @Test
    void authorBioNamingTheAuthorsOutletIsWeakEvidence() {
        String body = LEAD + "The talks will continue next month in Moscow, officials from both sides said on Friday.\n";
        EnrichedArticle staff = enrich("a.txt", body + "Marta Kowalczyk is a columnist for The Baltic Ledger.\n");
        assertThat(staff.getPublisher().getName()).isEqualTo("The Baltic Ledger");
        assertThat(staff.getPublisher().getConfidence()).isEqualTo(0.5);
        assertThat(enrich("a.txt", body + "Marta Kowalczyk is a former correspondent for The Baltic Ledger.\n").getPublisher()).isNull();
    }

    @Test
    void headlineListsWithDashSources() {
        assertThat(cited("More News On Lavrov\nLavrov to Kim: Russia Ready to Assist -- Sputnik\n"
                + "Russia foreign minister arrives for talks -- FOX News/AP\n"))
                .containsExactly("Sputnik", "Fox News", "Associated Press");
    }

    @Test
    void datelineAgencyIsCitedButNeverThePublisher() {
        EnrichedArticle a = enrich("a.txt", "PYONGYANG, May 31. /TASS/. " + LEAD.substring(LEAD.indexOf("North")));
        assertThat(a.getCitedSources()).extracting(CitedSource::getName).containsExactly("TASS");
        assertThat(a.getCitedSources().get(0).getEvidence()).containsExactly("PYONGYANG, May 31. /TASS/.");
        assertThat(a.getPublisher()).isNull();
    }

    @Test
    void embeddedTweetsCiteX() {
        EnrichedArticle a = enrich("a.txt", LEAD + "Putin is officially in North Korea. pic.twitter.com/CKoUYCrEjJ\n"
                + "— Russian Market (@runews) June 18, 2024\n" + LEAD);
        assertThat(a.getCitedSources()).singleElement().satisfies(c -> {
            assertThat(c.getName()).isEqualTo("X");
            assertThat(c.getMentions()).isEqualTo(1);
        });
    }

    @Test
    void commentsNeverCite() {
        assertThat(cited("\n2 comments:\n\nJoe said...\n\nAccording to RT this is all fake.\n")).isEmpty();
    }

    @Test
    void publisherFromDeclaredSiteNameAgreeingWithUrl() {
        EnrichedArticle a = enrich("a.html", "<html><head><meta property=\"og:site_name\" content=\"Reuters\">"
                + "<meta property=\"og:url\" content=\"https://www.reuters.com/world/x\"></head><body><p>" + LEAD + "</p></body></html>");
        assertThat(a.getPublisher().getName()).isEqualTo("Reuters");
        assertThat(a.getPublisher().getDomain()).isEqualTo("reuters.com");
        assertThat(a.getPublisher().getKind()).isEqualTo("WIRE");
        assertThat(a.getPublisher().getConfidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(a.getPublisher().getEvidence()).contains("Reuters");
    }

    @Test
    void unknownCanonicalDomainIsStillThePublisher() {
        EnrichedArticle a = enrich("a.html", "<html><head><link rel=\"canonical\" href=\"https://www.tinyblog.example/post/1\">"
                + "</head><body><p>" + LEAD + "</p></body></html>");
        assertThat(a.getPublisher().getName()).isEqualTo("tinyblog.example");
        assertThat(a.getPublisher().getConfidence()).isBetween(0.5, 0.9);
    }

    @Test
    void pointerToTheOriginalNamesThePublisher() {
        EnrichedArticle a = enrich("a.txt", LEAD + "Full story at https://www.scmp.com/news/asia/article/3007622/x\nGreat gifts.\n");
        assertThat(a.getPublisher().getName()).isEqualTo("South China Morning Post");
        assertThat(a.getPublisher().getConfidence()).isBetween(0.5, 0.8);
    }

    @Test
    void copyrightLineIsWeakEvidenceAndAWireCopyrightIsACitation() {
        EnrichedArticle site = enrich("a.txt", LEAD + "\n© 2021 The Eurasia Observer. All rights reserved.\n");
        assertThat(site.getPublisher().getName()).isEqualTo("Eurasia Observer");
        assertThat(site.getPublisher().getConfidence()).isLessThan(0.5);
        EnrichedArticle wire = enrich("a.txt", LEAD + "\nCopyright 2024 The Associated Press. All rights reserved.\n");
        assertThat(wire.getPublisher()).isNull();
        assertThat(wire.getCitedSources()).extracting(CitedSource::getName).containsExactly("Associated Press");
    }

    @Test
    void nothingIdentifiesThePublisher() {
        assertThat(enrich("a.txt", LEAD + "According to RIA, the talks went well.\n").getPublisher()).isNull();
    }
}
