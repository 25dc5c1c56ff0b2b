package io.escalation.benchmarks;

import io.escalation.json.EscalationJson;
import io.escalation.model.Escalation;
import io.escalation.testkit.EscalationGens;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading an escalation from JSON: strict binding plus model validation
 * ({@link EscalationJson#readEscalation}) against plain Jackson 3 binding the same 256 generated
 * documents into unvalidated records ({@link PlainEscalation}), which is what a host would write
 * by hand. The difference is the price of typed, validated values. Target: within 2x.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// Jackson and the validator reach steady state only after about 4 seconds of reading (measured
// on 2 cores: 327, 142, 75, then 14 us per read in the first four warm-up seconds)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBenchmark {

    /** How many documents the benchmark cycles through (a power of two). */
    public static final int COUNT = 256;

    private final EscalationJson json = EscalationJson.create();
    private final JsonMapper plain = JsonMapper.builder().build();
    private String[] documents = new String[0];
    private int next;

    /**
     * Returns the benchmark's documents: 256 varied escalations from a fixed seed, as JSON.
     *
     * @return the documents
     */
    public static String[] documents() {
        List<Escalation> generated = EscalationGens.escalations().samples(20261123L, 60, COUNT);
        return generated.stream().map(EscalationJson.create()::write).toArray(String[]::new);
    }

    /**
     * Reads a document into plain records, as the baseline does.
     *
     * @param mapper a plain mapper
     * @param document the JSON text
     * @return the records
     */
    public static PlainEscalation readPlain(JsonMapper mapper, String document) {
        return mapper.readValue(document, PlainEscalation.class);
    }

    /** Generates the documents. */
    @Setup
    public void setUp() {
        documents = documents();
    }

    private int advance() {
        next = (next + 1) & (COUNT - 1);
        return next;
    }

    /**
     * Strict read into a validated escalation.
     *
     * @return the escalation
     */
    @Benchmark
    @Goal(maxRatio = 2)
    public Escalation readEscalation() {
        return json.readEscalation(documents[advance()]);
    }

    /**
     * Baseline of {@link #readEscalation}: plain Jackson binding into unvalidated records.
     *
     * @return the records
     */
    @Benchmark
    public PlainEscalation baselineReadEscalation() {
        return readPlain(plain, documents[advance()]);
    }
}
