package io.escalation.benchmarks;

import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Routing an escalation, called on every contact: the standard policy and a 50-rule JSON rule
 * set, each against a hand-written if/else deciding the same tier, mode, priority, department and
 * assignee ({@link HandRouting}), on 256 generated escalations and contexts with rosters of
 * {@link #rosterSize} responders. {@link #setUp} refuses to run if a baseline disagrees with its
 * policy on any input. Targets at the 50-responder roster: at most 1 us per standard decision,
 * the rule set within 2x of its hand-written code, at most 256 bytes allocated per decision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
// the library's routing settles after about 5 seconds on 2 shared cores (the hand-written code
// after 2): short runs measured 15-20 us, then 5.6 us, then 0.7 us per decision with 3 seconds
@Warmup(iterations = 6, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RoutingBenchmark {

    /** How many responders each context's roster lists (the scale curve). */
    @Param({"5", "50", "500"})
    public int rosterSize;

    private final RoutingPolicy standard = RoutingPolicies.standard();
    private final RoutingPolicy rules = RoutingInputs.ruleSet50();
    /** Set by {@link #setUp}. */
    private RoutingInputs inputs;
    private int next;

    /** Generates the inputs and checks that both baselines agree with their policies on every one. */
    @Setup
    public void setUp() {
        inputs = RoutingInputs.generate(rosterSize);
        inputs.checkAgreement(standard, HandRouting::standard);
        inputs.checkAgreement(rules, HandRouting::ruleSet50);
    }

    private int advance() {
        next = (next + 1) & (RoutingInputs.COUNT - 1);
        return next;
    }

    /**
     * The standard policy with responder selection.
     *
     * @return the decision
     */
    @Benchmark
    @Goal(when = "rosterSize=50", maxNanos = 1_000, maxBytes = 256)
    public RoutingDecision standardPolicy() {
        int i = advance();
        return standard.route(inputs.escalation(i), inputs.context(i));
    }

    /**
     * Baseline of {@link #standardPolicy}: the same rules as hand-written if/else.
     *
     * @return the decision
     */
    @Benchmark
    public HandRouting.Routed baselineStandardPolicy() {
        int i = advance();
        return HandRouting.standard(inputs.escalation(i), inputs.context(i));
    }

    /**
     * The 50-rule JSON set (first match decides, else a fixed action) with responder selection.
     *
     * @return the decision
     */
    @Benchmark
    @Goal(when = "rosterSize=50", maxRatio = 2, maxBytes = 256)
    public RoutingDecision ruleSet() {
        int i = advance();
        return rules.route(inputs.escalation(i), inputs.context(i));
    }

    /**
     * Baseline of {@link #ruleSet}: the 50 rules as a hand-written if/else chain.
     *
     * @return the decision
     */
    @Benchmark
    public HandRouting.Routed baselineRuleSet() {
        int i = advance();
        return HandRouting.ruleSet50(inputs.escalation(i), inputs.context(i));
    }
}
