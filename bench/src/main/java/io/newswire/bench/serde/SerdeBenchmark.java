package io.newswire.bench.serde;

import io.newswire.avro.EnrichedArticle;
import io.newswire.avro.RawArticle;
import io.newswire.serde.SerdeConfig;
import io.newswire.serde.SpecificAvroSerde;
import io.newswire.serde.registry.MockSchemaRegistry;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of encoding and decoding one article with {@link SpecificAvroSerde} in steady state: the schema is registered
 * and every id cached during setup, so each operation is pure Avro work plus the wire-format header. The registry is
 * the in-memory {@code mock://} one; with a real registry the steady state is the same, as it makes no calls.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar SerdeBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class SerdeBenchmark {

    private static final String SCOPE = "serde-benchmark";

    private SpecificAvroSerde<EnrichedArticle> enrichedSerde;
    private SpecificAvroSerde<RawArticle> rawSerde;
    private EnrichedArticle enriched;
    private RawArticle raw;
    private byte[] enrichedBytes;
    private byte[] rawBytes;

    @Setup(Level.Trial)
    public void setUp() {
        Map<String, String> config = Map.of(SerdeConfig.SCHEMA_REGISTRY_URL, "mock://" + SCOPE);
        enrichedSerde = new SpecificAvroSerde<>();
        enrichedSerde.configure(config, false);
        rawSerde = new SpecificAvroSerde<>();
        rawSerde.configure(config, false);
        enriched = BenchArticles.enriched();
        raw = BenchArticles.raw();
        enrichedBytes = enrichedSerde.serializer().serialize("news.enriched", enriched);
        rawBytes = rawSerde.serializer().serialize("news.raw", raw);
        if (!enrichedSerde.deserializer().deserialize("news.enriched", enrichedBytes).equals(enriched)
                || !rawSerde.deserializer().deserialize("news.raw", rawBytes).equals(raw)) {
            throw new IllegalStateException("round trip changed the article");
        }
        System.out.printf("%nencoded sizes: EnrichedArticle %d bytes, RawArticle %d bytes%n",
                enrichedBytes.length, rawBytes.length);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        MockSchemaRegistry.dropScope(SCOPE);
    }

    @Benchmark
    public byte[] encodeEnrichedArticle() {
        return enrichedSerde.serializer().serialize("news.enriched", enriched);
    }

    @Benchmark
    public EnrichedArticle decodeEnrichedArticle() {
        return enrichedSerde.deserializer().deserialize("news.enriched", enrichedBytes);
    }

    @Benchmark
    public byte[] encodeRawArticle() {
        return rawSerde.serializer().serialize("news.raw", raw);
    }

    @Benchmark
    public RawArticle decodeRawArticle() {
        return rawSerde.deserializer().deserialize("news.raw", rawBytes);
    }
}
