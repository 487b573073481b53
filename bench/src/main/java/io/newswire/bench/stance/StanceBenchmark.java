package io.newswire.bench.stance;

import io.newswire.enrich.stance.LexiconStanceTagger;
import io.newswire.enrich.stance.StanceInput;
import io.newswire.enrich.stance.StanceResult;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Stance for all six default targets on one 4 KB cleaned article body, single-threaded (the budget: 100 µs or
 * less per article, median, one core). Sample-time mode, so the report shows the median (p0.50) and the tail.
 * Two bodies: an opinion piece dense with cues, and wire copy dense with quotations and attributions.
 *
 * <p>Run: {@code taskset -c 0 java -jar bench/target/benchmarks.jar StanceBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Threads(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StanceBenchmark {

    /** Article size of the budget. */
    static final int SIZE = 4096;

    private static final String OPINION = """
            The two dictators have much in common
            When Vladimir Putin landed in Pyongyang this week, he was greeted with the full repertoire of North Korean \
            stagecraft: giant portraits, synchronised crowds, a motorcade down empty boulevards. The two dictators \
            have much in common, starting with a contempt for their own citizens.
            The treaty they signed commits each side to come to the other's aid. In practice it formalises a trade \
            that has been under way for a year: North Korean shells for Russia's war against Ukraine, in exchange for \
            food, oil and military technology that could help Kim Jong Un perfect his arsenal.
            Both regimes are international pariahs. Moscow has torn up the sanctions it once voted for, and Kim's \
            bellicose regime now has a patron willing to shield it. "This is a historic, truly breakthrough \
            document," Putin said, while Kim praised the "invincible friendship" between the two countries.
            Officials in Seoul said the pact was a clear threat. The United States said it was consulting allies; \
            unfortunately, the White House has so far offered little beyond statements of concern, which is not very \
            comforting at all. China, North Korea's main trading partner, has said nothing.
            The Kremlin calls its invasion a "special military operation". The so-called operation has killed tens \
            of thousands of Ukrainians, whose courage deserves admiration. Russia is not a reliable partner for \
            anyone, and the summit was hardly a success for Pyongyang's starving people.
            """;

    private static final String WIRE = """
            Putin and Kim pledge closer ties at Far East summit
            VLADIVOSTOK, Russia, Sept 13 (Reuters) - Russian President Vladimir Putin and North Korean leader Kim \
            Jong Un traded warm words at their first meeting in four years on Wednesday, with Kim calling relations \
            with Moscow his country's "number one priority" and Putin praising Pyongyang as a reliable partner.
            "Russia has risen to a sacred fight to defend its sovereignty and security against the hegemonic \
            forces," Kim told Putin through an interpreter. "We will always stand with Russia."
            Putin said he was "very glad to see" the North Korean leader and described the talks as "frank and \
            substantive". Kremlin spokesman Dmitry Peskov declined to say whether any arms deals had been signed.
            Washington had warned that any weapons transfer would violate U.N. Security Council resolutions. "We \
            will not hesitate to take action," a State Department spokesperson said on Tuesday. South Korea's \
            foreign ministry said it was monitoring the meeting closely, and Seoul urged Moscow to comply with \
            sanctions. China's foreign ministry said the meeting was a matter between two sovereign states.
            Ukrainian President Volodymyr Zelensky said the deal would prolong the war, according to a statement.
            """;

    @Param({"opinion", "wire"})
    public String kind;

    private LexiconStanceTagger tagger;
    private StanceInput input;

    @Setup(Level.Trial)
    public void setUp() {
        tagger = LexiconStanceTagger.defaults();
        String base = kind.equals("wire") ? WIRE : OPINION;
        StringBuilder sb = new StringBuilder(SIZE + base.length());
        while (sb.length() < SIZE) {
            sb.append(base);
        }
        input = StanceInput.of(sb.substring(0, SIZE), "en");
        StanceResult r = tagger.tag(input);
        if (r.stances().size() != 6) {
            throw new IllegalStateException("expected entries for all six targets, got " + r.stances());
        }
    }

    @Benchmark
    public StanceResult tagSixTargets() {
        return tagger.tag(input);
    }
}
