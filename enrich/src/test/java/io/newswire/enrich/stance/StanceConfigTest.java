package io.newswire.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newswire.avro.StanceLabel;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Targets and lexicon are data: shipped as resources, extended or overridden from a user's file. */
class StanceConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultTargetsAreTheSixOfTheIssue() {
        assertThat(StanceTargets.defaults().names())
                .containsExactly("Russia", "North Korea", "United States", "South Korea", "China", "Ukraine");
        assertThat(StanceTargets.defaults().get("north korea").orElseThrow().aliases())
                .contains("DPRK", "Pyongyang", "Kim Jong-un", "North Korean regime");
        assertThat(StanceTargets.defaults().others()).contains("Europe", "NATO").doesNotContain("Russia");
    }

    @Test
    void aUserFileAddsTargetsAndNamesAndDropsOthers() throws Exception {
        Path file = dir.resolve("targets.tsv");
        Files.writeString(file, """
        # our own targets
        Japan	alias	Japan
        Japan	alias	Tokyo
        Japan	alias	Kishida
        Japan	alias	Japanese
        Russia	alias	Kremlin leader
        South Korea	drop	Seoul
        """, StandardCharsets.UTF_8);
        StanceTargets targets = StanceTargets.defaults().withFile(file);
        assertThat(targets.names()).endsWith("Japan").contains("Russia");
        assertThat(targets.others()).doesNotContain("Japan", "Tokyo", "Japanese", "Kishida");
        LexiconStanceTagger tagger = new LexiconStanceTagger(targets, StanceLexicon.defaults());
        StanceResult r = tagger.tag(StanceInput.of("""
        Tokyo's reckless, arrogant and cynical leadership is a disgrace. Japan's shameful, hypocritical policy is a \
        fiasco. Seoul watched.""", "en"));
        assertThat(r.labelOf("Japan")).isEqualTo(StanceLabel.AGAINST);
        assertThat(r.get("South Korea")).isEmpty();
    }

    @Test
    void aUserFileAloneReplacesTheDefaults() throws Exception {
        Path file = dir.resolve("only.tsv");
        Files.writeString(file, "Iran\talias\tIran\nIran\talias\tTehran\nIran\tshort\tthe Islamic Republic\n");
        StanceTargets targets = StanceTargets.load(file);
        assertThat(targets.names()).containsExactly("Iran");
        StanceResult r = new LexiconStanceTagger(targets, StanceLexicon.defaults())
                .tag(StanceInput.of("Tehran and Moscow signed a deal.", "en"));
        assertThat(r.stances()).singleElement().extracting(s -> s.getTarget()).isEqualTo("Iran");
    }

    @Test
    void aBadTargetsLineIsReportedWithItsLineNumber() {
        assertThatThrownBy(() -> StanceTargets.parse(new StringReader("# c\nRussia\tnickname\tRuss\n"), "my.tsv"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("my.tsv:2");
        assertThatThrownBy(() -> StanceTargets.parse(new StringReader("Russia\n"), "my.tsv"))
                .hasMessageContaining("my.tsv:1");
    }

    @Test
    void aUserLexiconOverridesAddsAndRemovesEntries() throws Exception {
        String text = "The Kremlin is a gangster state. The Kremlin regime bombed the city.";
        LexiconStanceTagger defaults = LexiconStanceTagger.defaults();
        assertThat(defaults.tag(StanceInput.of(text, "en")).get("Russia").orElseThrow().getEvidence())
                .anyMatch(e -> e.contains("regime → AGAINST Russia"));
        Path file = dir.resolve("lexicon.tsv");
        Files.writeString(file, """
        # house rules
        gangster state	LOADED	-2.0
        regime	REMOVE
        heroic	PRAISE	+0.2
        """, StandardCharsets.UTF_8);
        StanceLexicon lexicon = StanceLexicon.defaults().withFile(file);
        assertThat(lexicon.get("regime")).isEmpty();
        assertThat(lexicon.get("gangster state").orElseThrow().weight()).isEqualTo(-2.0);
        assertThat(lexicon.get("heroic").orElseThrow().weight()).isEqualTo(0.2);
        StanceResult r = new LexiconStanceTagger(StanceTargets.defaults(), lexicon).tag(StanceInput.of(text, "en"));
        assertThat(r.get("Russia").orElseThrow().getEvidence())
                .anyMatch(e -> e.contains("gangster state → AGAINST Russia"))
                .noneMatch(e -> e.contains("regime →"));
    }

    @Test
    void lexiconEntriesCanBeAddedInCodeWithAFixedTarget() {
        StanceLexicon lexicon = StanceLexicon.defaults()
                .with(new StanceLexicon.Entry("juche paradise", StanceLexicon.Kind.FRAMING, 2.0, "North Korea", false));
        StanceResult r = new LexiconStanceTagger(StanceTargets.defaults(), lexicon)
                .tag(StanceInput.of("Pyongyang was quiet. Life in the juche paradise goes on, the juche paradise thrives.",
                        "en"));
        assertThat(r.labelOf("North Korea")).isEqualTo(StanceLabel.FAVOR);
    }

    @Test
    void aBadLexiconLineIsReportedWithItsLineNumber() {
        assertThatThrownBy(() -> StanceLexicon.parse(new StringReader("despot\tLOADED\tvery bad\n"), "lex.tsv"))
                .hasMessageContaining("lex.tsv:1").hasMessageContaining("number");
        assertThatThrownBy(() -> StanceLexicon.parse(new StringReader("x\tFOO\t1\n"), "lex.tsv"))
                .hasMessageContaining("unknown kind");
        assertThatThrownBy(() -> StanceLexicon.parse(new StringReader("smo\tFRAMING\t1\n"), "lex.tsv"))
                .hasMessageContaining("target=");
        assertThatThrownBy(() -> StanceLexicon.parse(new StringReader("x\tLOADED\n"), "lex.tsv"))
                .hasMessageContaining("signed weight");
    }

    @Test
    void theShippedLexiconHasEveryKindAndNoForbiddenSource() {
        StanceLexicon lex = StanceLexicon.defaults();
        for (StanceLexicon.Kind k : StanceLexicon.Kind.values()) {
            if (k != StanceLexicon.Kind.REMOVE) {
                assertThat(lex.entries()).as(k.name()).anyMatch(e -> e.kind() == k);
            }
        }
        assertThat(lex.entries()).allMatch(e -> !e.kind().polar() || e.weight() != 0);
        assertThat(lex.entries()).filteredOn(e -> e.kind() == StanceLexicon.Kind.LOADED)
                .allMatch(e -> e.weight() < 0);
    }
}
