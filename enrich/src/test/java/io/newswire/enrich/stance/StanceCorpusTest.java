package io.newswire.enrich.stance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newswire.avro.Stance;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality floors of the issue on the stance dev corpus and the five shared samples: F_avg (mean of FAVOR and AGAINST
 * F1 over article-target pairs) at least 0.80 and 3-class accuracy at least 0.85, scored as score.py does. The main dev
 * corpus ({@code enrich/src/test/resources/corpus}), written independently of the stance rules, is scored too, alone and
 * with the other two sets, with floors at the figures reached (rounded down), which only ever go up.
 */
class StanceCorpusTest {

    private static final LexiconStanceTagger TAGGER = LexiconStanceTagger.defaults();
    private static List<StanceCorpus.Item> corpus;

    @BeforeAll
    static void load() {
        corpus = StanceCorpus.load(StanceCorpus.devCorpus());
    }

    /** Loaded by the tests that need them, so a missing shared/ folder does not stop the dev-corpus tests. */
    private static List<StanceCorpus.Item> samples() {
        return StanceCorpus.load(StanceCorpus.sharedSamples());
    }

    private static StanceScore score(List<StanceCorpus.Item> items) {
        return score(items, it -> new StanceInput(it.cleanedBody(), null, it.language()));
    }

    /** The main dev corpus holds HTML and JSON as well as text: its files go through parse and clean first. */
    private static StanceScore scoreMainCorpus() {
        return score(StanceCorpus.load(StanceCorpus.mainCorpus()), StanceCorpus.Item::pipelineInput);
    }

    private static StanceScore score(List<StanceCorpus.Item> items, Function<StanceCorpus.Item, StanceInput> input) {
        StanceScore sc = new StanceScore();
        for (StanceCorpus.Item it : items) {
            StanceResult r = TAGGER.tag(input.apply(it));
            Map<String, String> pred = new HashMap<>();
            for (Stance s : r.stances()) {
                pred.put(s.getTarget().toLowerCase(Locale.ROOT), s.getLabel().name());
            }
            sc.add(it.stance(), pred);
        }
        return sc;
    }

    @Test
    void devCorpusAndSamplesTogetherMeetTheFloors() {
        StanceScore all = score(corpus);
        all.addAll(score(samples()));
        System.out.println("stance, dev corpus + shared samples: " + all);
        assertThat(all.fAvg()).as(all.toString()).isGreaterThanOrEqualTo(0.80);
        assertThat(all.accuracy()).as(all.toString()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void devCorpusMeetsTheFloors() {
        StanceScore sc = score(corpus);
        System.out.println("stance, dev corpus: " + sc);
        assertThat(sc.fAvg()).as(sc.toString()).isGreaterThanOrEqualTo(0.80);
        assertThat(sc.accuracy()).as(sc.toString()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void mainDevCorpusMeetsItsFloors() {
        // 164 pairs, 8 of them sided (1 FAVOR): reached F_avg 0.864, accuracy 0.982 (161/164) when first scored
        StanceScore sc = scoreMainCorpus();
        System.out.println("stance, main dev corpus: " + sc);
        assertThat(sc.fAvg()).as(sc.toString()).isGreaterThanOrEqualTo(0.86);
        assertThat(sc.accuracy()).as(sc.toString()).isGreaterThanOrEqualTo(0.98);
    }

    @Test
    void allThreeSetsTogetherMeetTheFloors() {
        // stance dev corpus + main dev corpus + shared samples: the issue asks F_avg >= 0.80 and accuracy >= 0.85;
        // reached F_avg 0.920, accuracy 0.971 (373/384) when first scored
        StanceScore all = score(corpus);
        all.addAll(scoreMainCorpus());
        all.addAll(score(samples()));
        System.out.println("stance, stance dev corpus + main dev corpus + shared samples: " + all);
        assertThat(all.fAvg()).as(all.toString()).isGreaterThanOrEqualTo(0.91);
        assertThat(all.accuracy()).as(all.toString()).isGreaterThanOrEqualTo(0.97);
    }

    @Test
    void sharedSamplesMeetTheFloors() {
        // The samples hold no FAVOR pair, so score.py's F_avg cannot exceed 0.5 on them alone (FAVOR F1 is 0 without a
        // true positive): the floor applies to AGAINST F1 here, and F_avg is checked with the dev corpus above.
        StanceScore sc = score(samples());
        System.out.println("stance, shared samples: " + sc);
        assertThat(sc.againstF1()).as(sc.toString()).isGreaterThanOrEqualTo(0.80);
        assertThat(sc.accuracy()).as(sc.toString()).isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void devCorpusHasTheRequiredComposition() {
        assertThat(corpus).hasSizeGreaterThanOrEqualTo(35);
        long clearSide = corpus.stream().filter(i -> i.stance().values().stream().anyMatch(v -> !v.equals("NEUTRAL")))
                .count();
        long neutral = corpus.size() - clearSide;
        assertThat(clearSide).as("files taking a clear side").isGreaterThanOrEqualTo(15);
        assertThat(neutral).as("neutral files").isGreaterThanOrEqualTo(15);
        assertThat(corpus.stream().flatMap(i -> i.stance().values().stream()).filter("FAVOR"::equals).count())
                .isGreaterThanOrEqualTo(10);
        assertThat(corpus.stream().flatMap(i -> i.stance().values().stream()).filter("AGAINST"::equals).count())
                .isGreaterThanOrEqualTo(10);
        assertThat(corpus.stream().filter(i -> !i.language().equals("en")).count()).isGreaterThanOrEqualTo(2);
        for (StanceCorpus.Item it : corpus) {
            JsonNode l = it.label();
            assertThat(Files.isRegularFile(it.file())).as(it.file().toString()).isTrue();
            assertThat(l.has("language") && l.has("publisher") && l.has("cited_sources") && l.has("published")
                    && l.has("stance")).as("all shared-format fields in the label of " + it.file().getFileName()).isTrue();
            assertThat(it.stance().values()).allMatch(v -> v.equals("FAVOR") || v.equals("AGAINST") || v.equals("NEUTRAL"));
            assertThat(it.stance().keySet()).allMatch(t -> TAGGER.targets().get(t).isPresent());
        }
    }

    @Test
    void everyGoldTargetIsOneTheTaggerSeesMentionedInEnglishFiles() {
        // labels list exactly the targets the body mentions: the tagger must find a mention of each
        for (StanceCorpus.Item it : corpus) {
            if (!it.language().equals("en")) {
                continue;
            }
            StanceResult r = TAGGER.tag(new StanceInput(it.cleanedBody(), null, "en"));
            for (String t : it.stance().keySet()) {
                assertThat(r.get(t)).as(t + " in " + it.file().getFileName()).isPresent();
            }
        }
    }
}
