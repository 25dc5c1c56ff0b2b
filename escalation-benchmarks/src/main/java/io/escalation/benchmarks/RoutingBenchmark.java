package io.escalation.benchmarks;

import io.escalation.model.Escalation;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.Tier;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingMode;
import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import io.escalation.routing.Staffing;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.RoutingGens;
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

/**
 * Routing an escalation, called on every contact. Baseline in the same run: a policy that returns
 * a fixed decision (the cost of the call and the decision's allocation alone).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RoutingBenchmark {

    private static final Reason FIXED = Reason.of("fixed", "baseline");

    private final RoutingPolicy baseline = (e, c) -> new RoutingDecision(Tier.SUPERVISOR,
            RoutingMode.ANSWER_WHILE_HOLDING, null, false, null, Staffing.QUEUED, Priority.NORMAL, List.of(FIXED));
    private final RoutingPolicy standard = RoutingPolicies.standard();
    private final RoutingPolicy rules = RoutingPolicies.fromJson("""
            {"name": "bench", "rules": [
              {"name": "upset", "when": {"temperatureAtLeast": "UPSET"}, "then": {"tier": "manager", "mode": "TAKE_OVER"}},
              {"name": "billing", "when": {"categoryIn": ["billing"]}, "then": {"tier": "supervisor", "mode": "REFER_TO_DEPARTMENT", "department": "billing"}}
            ], "otherwise": "standard"}
            """);
    private Escalation[] escalations = new Escalation[0];
    private RoutingContext[] contexts = new RoutingContext[0];
    private int next;

    /** Generates 256 escalations and contexts (rosters of up to 8) from a fixed seed. */
    @Setup
    public void setUp() {
        escalations = EscalationGens.escalations().samples(1L, 60, 256).toArray(Escalation[]::new);
        contexts = RoutingGens.contexts().samples(2L, 60, 256).toArray(RoutingContext[]::new);
    }

    private int advance() {
        next = (next + 1) & 255;
        return next;
    }

    /**
     * Baseline: a fixed decision.
     *
     * @return the decision
     */
    @Benchmark
    public RoutingDecision baselineFixedDecision() {
        int i = advance();
        return baseline.route(escalations[i], contexts[i]);
    }

    /**
     * The standard policy with responder selection.
     *
     * @return the decision
     */
    @Benchmark
    public RoutingDecision standardPolicy() {
        int i = advance();
        return standard.route(escalations[i], contexts[i]);
    }

    /**
     * A JSON rule set falling back to the standard policy.
     *
     * @return the decision
     */
    @Benchmark
    public RoutingDecision jsonRuleSet() {
        int i = advance();
        return rules.route(escalations[i], contexts[i]);
    }
}
