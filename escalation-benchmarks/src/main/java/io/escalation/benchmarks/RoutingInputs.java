package io.escalation.benchmarks;

import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.Urgency;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import io.escalation.routing.TierLadder;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.RoutingGens;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * The routing benchmarks' inputs, shared with the test that checks the hand-written baselines:
 * 256 generated escalations (moved closer to a floor's, see {@link #likeTheFloor}), each with a generated context (any ladder, thresholds, profile,
 * departments, overdue callbacks) whose roster is one of a few generated rosters of the context's
 * ladder and a given size (a center's roster is shared by the contacts of the moment), and the
 * 50-rule JSON rule set.
 */
public final class RoutingInputs {

    /** How many escalation and context pairs the benchmarks cycle through (a power of two). */
    public static final int COUNT = 256;
    private static final int ROSTERS_PER_LADDER = 4;

    private final Escalation[] escalations;
    private final RoutingContext[] contexts;

    private RoutingInputs(Escalation[] escalations, RoutingContext[] contexts) {
        this.escalations = escalations;
        this.contexts = contexts;
    }

    /**
     * Generates the inputs from fixed seeds.
     *
     * @param rosterSize how many responders each context's roster lists
     * @return the inputs
     */
    public static RoutingInputs generate(int rosterSize) {
        Escalation[] escalations = new Escalation[COUNT];
        List<Escalation> generated = EscalationGens.escalations().samples(1L, 60, COUNT);
        for (int i = 0; i < COUNT; i++) {
            escalations[i] = likeTheFloor(generated.get(i), i);
        }
        List<RoutingContext> base = RoutingGens.contexts().samples(2L, 60, COUNT);
        SplittableRandom random = new SplittableRandom(3L);
        Map<TierLadder, List<List<Responder>>> pool = new HashMap<>();
        RoutingContext[] contexts = new RoutingContext[COUNT];
        for (int i = 0; i < COUNT; i++) {
            RoutingContext c = base.get(i);
            // a few rosters per ladder, of that ladder's tiers, shared by the contexts on it
            List<List<Responder>> rosters = pool.computeIfAbsent(c.ladder(), l -> new ArrayList<>());
            if (rosters.size() < ROSTERS_PER_LADDER) {
                rosters.add(roster(c.ladder(), rosterSize, random));
            }
            List<Responder> roster = rosters.get(i % rosters.size());
            // most hosts let the escalation carry its handling time
            Duration handling = i % 4 == 0 ? c.handlingTime() : null;
            contexts[i] = new RoutingContext(c.now(), c.zone(), handling, c.operator(), roster,
                    c.thresholds(), c.ladder(), c.outsourced(), c.departments(), c.skillsByCategory(),
                    c.overdueCallbacks(), c.customerChasing());
        }
        return new RoutingInputs(escalations, contexts);
    }

    /**
     * The generators explore edges: up to 999 earlier contacts, a supervisor demanded half the
     * time, handling times up to a week, which send nearly every escalation to a supervisor who
     * takes over. On a floor most customers call for the first to fourth time, few demand a
     * supervisor and most calls are escalated within 20 minutes; this keeps the generated
     * escalation and moves those three closer to that, so every routing mode is exercised.
     */
    private static Escalation likeTheFloor(Escalation e, int i) {
        CustomerState s = e.customerState();
        Urgency u = s.urgency();
        Urgency fewer = new Urgency(u.inAHurry(), u.waitingSince(), u.repeatContacts() % 4, u.sameTroubleBefore());
        return e.toBuilder()
                .customerState(new CustomerState(s.temperature(), fewer, s.demandedSupervisor() && i % 4 == 0))
                .handlingTime(Duration.ofSeconds(e.handlingTime().toSeconds() % (20 * 60)))
                .build();
    }

    private static List<Responder> roster(TierLadder ladder, int size, SplittableRandom random) {
        List<Responder> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(RoutingGens.responders("r" + i, ladder.tiers()).sample(random, 60));
        }
        return List.copyOf(out);
    }

    /**
     * Returns the escalation at {@code i}.
     *
     * @param i an index below {@link #COUNT}
     * @return the escalation
     */
    public Escalation escalation(int i) {
        return escalations[i];
    }

    /**
     * Returns the context at {@code i}.
     *
     * @param i an index below {@link #COUNT}
     * @return the context
     */
    public RoutingContext context(int i) {
        return contexts[i];
    }

    /**
     * Loads the 50-rule set used by the benchmark (the resource {@code rules-50.json}).
     *
     * @return the rule set as a policy
     */
    public static RoutingPolicy ruleSet50() {
        try (InputStream in = Objects.requireNonNull(RoutingInputs.class.getResourceAsStream("rules-50.json"),
                "rules-50.json")) {
            return RoutingPolicies.fromJson(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Checks that a hand-written baseline decides like a policy on every input: the same tier,
     * mode, assignee, staffing, priority, department and client approval.
     *
     * @param policy the library's policy
     * @param handWritten the baseline
     * @return how many inputs agreed (all of them)
     * @throws IllegalStateException naming the first input on which they differ
     */
    public int checkAgreement(RoutingPolicy policy, BiFunction<Escalation, RoutingContext, HandRouting.Routed> handWritten) {
        for (int i = 0; i < COUNT; i++) {
            RoutingDecision d = policy.route(escalations[i], contexts[i]);
            HandRouting.Routed h = handWritten.apply(escalations[i], contexts[i]);
            HandRouting.Routed expected = new HandRouting.Routed(d.tier(), d.mode(), d.priority(), d.department(),
                    d.clientApprovalRequired(), d.assignee(), d.staffing());
            if (!expected.equals(h)) {
                throw new IllegalStateException("the hand-written baseline differs from " + policy + " on input " + i
                        + ": expected " + expected.describe() + " but got " + h.describe());
            }
        }
        return COUNT;
    }
}
