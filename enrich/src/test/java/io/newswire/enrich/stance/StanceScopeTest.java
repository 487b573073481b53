package io.newswire.enrich.stance;

import static io.newswire.enrich.stance.EnglishStance.tag;
import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.avro.Stance;
import io.newswire.avro.StanceLabel;
import org.junit.jupiter.api.Test;

/** What the tagger reads: only the body it is given, only supported languages, only mentioned targets. */
class StanceScopeTest {

    private static final LexiconStanceTagger TAGGER = LexiconStanceTagger.defaults();

    @Test
    void readerCommentsNeverCountOnceTheCleanStepHasRemovedThem() {
        // sc31: neutral wire copy followed by the most opinionated text in the file, three hostile reader comments
        StanceCorpus.Item item = StanceCorpus.load(StanceCorpus.devCorpus()).stream()
                .filter(i -> i.file().getFileName().toString().equals("sc31.txt")).findFirst().orElseThrow();
        String body = item.cleanedBody();
        assertThat(body).doesNotContain("butchers").doesNotContain("only real statesman");
        StanceResult r = TAGGER.tag(new StanceInput(body, null, "en"));
        for (Stance s : r.stances()) {
            assertThat(s.getLabel()).as(s.getTarget()).isEqualTo(StanceLabel.NEUTRAL);
            assertThat(s.getEvidence()).noneMatch(e -> e.contains("thugs") || e.contains("butchers"));
        }
    }

    @Test
    void theTaggerReadsOnlyTheTextItIsGiven() {
        String article = """
        Russia and North Korea sign defence pact as Putin visits Pyongyang
        Russian President Vladimir Putin and North Korean leader Kim Jong Un signed an agreement on Wednesday, \
        both sides said. Kim called it "the strongest treaty ever".""";
        String comments = """
        SeoulSurvivor: Two butchers shaking hands. Kim Jong Un is a monster, a brutal despot and a thug.
        Mark T.: Putin is a tyrant, a war criminal and a liar. Disgusting.""";
        assertThat(tag(article).labelOf("North Korea")).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(tag(article).labelOf("Russia")).isEqualTo(StanceLabel.NEUTRAL);
        // handed the comments too, it would read them as the author's: removing them is the clean step's job
        StanceResult polluted = tag(article + "\n" + comments);
        assertThat(polluted.labelOf("North Korea")).isEqualTo(StanceLabel.AGAINST);
    }

    @Test
    void unsupportedLanguageIsSkippedWithAWarning() {
        StanceResult r = TAGGER.tag(StanceInput.of("""
        Poutine, ou l'art de mentir sans rougir. La Russie de Poutine est devenue une dictature sans fard, et \
        le régime envoie des centaines de milliers de jeunes hommes mourir pour une guerre d'agression.""", "fr"));
        assertThat(r.stances()).isEmpty();
        assertThat(r.warnings()).singleElement().asString().contains("stance skipped").contains("'fr'");
        assertThat(TAGGER.tag(StanceInput.of("Putin empfängt Kim Jong Un.", "de-DE")).warnings())
                .singleElement().asString().contains("'de'");
    }

    @Test
    void nonEnglishCorpusFilesAreSkippedWithAWarning() {
        for (StanceCorpus.Item it : StanceCorpus.load(StanceCorpus.devCorpus())) {
            if (!it.language().equals("en")) {
                StanceResult r = TAGGER.tag(new StanceInput(it.cleanedBody(), null, it.language()));
                assertThat(r.stances()).as(it.file().getFileName().toString()).isEmpty();
                assertThat(r.warnings()).as(it.file().getFileName().toString())
                        .anyMatch(w -> w.startsWith("stance skipped") && w.contains("'" + it.language() + "'"));
            }
        }
    }

    @Test
    void undeterminedLanguageIsTaggedOnlyWhenTheTextLooksEnglish() {
        StanceResult en = TAGGER.tag(StanceInput.of("""
        The regime in Pyongyang is a brutal dictatorship, and Kim Jong Un is a despot who starves his people.""",
                "und"));
        assertThat(en.get("North Korea")).isPresent();
        assertThat(en.warnings()).singleElement().asString().contains("undetermined");
        StanceResult de = TAGGER.tag(new StanceInput("""
        Der russische Präsident hat den nordkoreanischen Machthaber empfangen. Beide lobten die Beziehungen \
        zwischen ihren Ländern, und die USA warnten vor einem Rüstungsgeschäft.""", null, null));
        assertThat(de.stances()).isEmpty();
        assertThat(de.warnings()).singleElement().asString().startsWith("stance skipped");
    }

    @Test
    void targetsNotMentionedGetNoEntry() {
        StanceResult r = tag("Russia's brutal regime shelled the city again, the mayor said.");
        assertThat(r.stances()).extracting(Stance::getTarget).containsExactly("Russia");
        assertThat(r.get("China")).isEmpty();
        assertThat(r.labelOf("China")).isEqualTo(StanceLabel.NEUTRAL);
        assertThat(tag("The weather in Lisbon was mild.").stances()).isEmpty();
        assertThat(tag("").stances()).isEmpty();
    }

    @Test
    void aTargetNamedOnlyInTheTitleGetsNoEntryButTheTitleIsRead() {
        StanceResult onlyTitle = TAGGER.tag(new StanceInput("Talks resumed on Monday in Geneva.",
                "China sends envoy to Geneva", "en"));
        assertThat(onlyTitle.get("China")).isEmpty();
        StanceResult titled = TAGGER.tag(new StanceInput("""
        Putin met Kim Jong Un in Vladivostok on Wednesday. The two men talked for five hours.""",
                "The despots' bromance: Putin and Kim Jong Un, best buds", "en"));
        assertThat(titled.get("Russia").orElseThrow().getScore()).isNegative();
    }

    @Test
    void aliasesAndSpellingsMapToTheirTarget() {
        for (String name : new String[] {"Kim Jong Un", "Kim Jong-un", "Kim Jong-Un", "Kim Jongun", "DPRK", "Pyongyang",
                "the North Korean regime", "North Korea's"}) {
            assertThat(tag("Talks with " + name + " resumed.").get("North Korea")).as(name).isPresent();
        }
        for (String name : new String[] {"the U.S.", "the US", "Washington", "the White House", "Biden", "Trump",
                "America"}) {
            assertThat(tag("Talks with " + name + " resumed.").get("United States")).as(name).isPresent();
        }
        assertThat(tag("Zelenskyy spoke in Kiev.").get("Ukraine").orElseThrow().getMentions()).isEqualTo(2);
        assertThat(tag("Xi Jinping met Yoon Suk-yeol in Seoul.").stances()).extracting(Stance::getTarget)
                .containsExactlyInAnyOrder("China", "South Korea");
        assertThat(tag("The Kremlin and Moscow and Putin and Russian officials").get("Russia").orElseThrow()
                .getMentions()).isEqualTo(4);
    }

    @Test
    void namesThatAreNotTheTargetAreNotMentions() {
        assertThat(tag("He flew Air China and read the Washington Post and the South China Morning Post.").stances())
                .isEmpty();
        assertThat(tag("Let us go to the moon; they told us so.").stances()).isEmpty();
        // "Kim" counts only in an article that names North Korea, and not as the start of another name
        assertThat(tag("Kim Sung-han, a former vice minister, spoke.").stances()).isEmpty();
        assertThat(tag("Kim met Putin.").get("North Korea")).isEmpty();
        assertThat(tag("Kim Jong Un met Putin. Kim smiled.").get("North Korea").orElseThrow().getMentions())
                .isEqualTo(2);
        assertThat(tag("Kim Yo Jong, sister of Kim Jong Un, spoke.").get("North Korea").orElseThrow().getMentions())
                .isEqualTo(1);
    }

    @Test
    void noneTagsNothingAndWarnsOfNothing() {
        StanceResult r = StanceTagger.NONE.tag(StanceInput.of("Putin is a brutal despot.", "de"));
        assertThat(r.stances()).isEmpty();
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void resultAndInputAreSafeForOddInput() {
        assertThat(TAGGER.tag(new StanceInput(null, null, "en")).stances()).isEmpty();
        assertThat(TAGGER.tag(StanceInput.of("\"\"\" ' ‘ ” « „ — -- ... !!!", "en")).stances()).isEmpty();
        assertThat(TAGGER.supportedLanguages()).containsExactly("en");
    }
}
