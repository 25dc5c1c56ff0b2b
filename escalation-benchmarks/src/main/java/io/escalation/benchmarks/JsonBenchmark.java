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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading an escalation from JSON (strict binding plus model validation) against a baseline in the
 * same run: parsing the same documents into a plain Jackson tree, which is the least any reader
 * must do. The difference is the price of typed, validated values.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JsonBenchmark {

    private final EscalationJson json = EscalationJson.create();
    private final JsonMapper plain = JsonMapper.builder().build();
    private String[] documents = new String[0];
    private Escalation[] escalations = new Escalation[0];
    private int next;

    /** Generates 256 varied escalations from a fixed seed. */
    @Setup
    public void setUp() {
        List<Escalation> generated = EscalationGens.escalations().samples(20261123L, 60, 256);
        escalations = generated.toArray(Escalation[]::new);
        documents = generated.stream().map(json::write).toArray(String[]::new);
    }

    private int advance() {
        next = (next + 1) & 255;
        return next;
    }

    /**
     * Baseline: parse into an untyped tree.
     *
     * @return the tree
     */
    @Benchmark
    public JsonNode baselineParseTree() {
        return plain.readTree(documents[advance()]);
    }

    /**
     * Strict read into a validated escalation.
     *
     * @return the escalation
     */
    @Benchmark
    public Escalation readEscalation() {
        return json.readEscalation(documents[advance()]);
    }

    /**
     * Write an escalation.
     *
     * @return the JSON text
     */
    @Benchmark
    public String writeEscalation() {
        return json.write(escalations[advance()]);
    }
}
