package io.escalation.routing;

import java.util.Locale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.Escalation;
import io.escalation.model.Reason;
import io.escalation.model.Skill;
import io.escalation.model.Tier;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.Gen;
import io.escalation.testkit.Gens;
import io.escalation.testkit.Property;
import io.escalation.testkit.RoutingGens;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Responder selection against an independent statement of its order, for any roster, ladder and
 * wanted tier (1,000 cases each).
 */
class ResponderSelectionPropertiesTest {

    private static final Reason WHY = Reason.of("test", "test/selection");

    /** A raw decision for any tier (standard or a center's own) in any mode but handling it yourself. */
    private static final Gen<RoutingDecision> RAW = Gens.combine(
            Gens.elements(Tier.OPERATOR, Tier.VETERAN, RoutingGens.LEADER, Tier.SUPERVISOR,
                    RoutingGens.QUALITY_ASSURANCE, Tier.MANAGER, RoutingGens.DIRECTOR),
            Gens.elements(RoutingMode.TAKE_OVER, RoutingMode.ANSWER_WHILE_HOLDING, RoutingMode.CALL_BACK,
                    RoutingMode.REFER_TO_DEPARTMENT, RoutingMode.NEEDS_CLIENT_APPROVAL),
            (tier, mode) -> RoutingDecision.of(tier, mode, WHY));

    /** The documented order, written independently of the implementation: best first. */
    private static Comparator<Responder> documentedOrder(Set<Skill> needed) {
        return Comparator.comparing((Responder r) -> r.presence() != Presence.AVAILABLE)
                .thenComparing(Comparator.comparingLong(
                        (Responder r) -> r.skills().stream().filter(needed::contains).count()).reversed())
                .thenComparingInt(Responder::load)
                .thenComparing(Responder::qualityScore, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing((Responder r) -> r.id().value());
    }

    private static List<Responder> presentAt(RoutingContext ctx, Tier tier) {
        return ctx.roster().stream().filter(r -> r.presence() != Presence.AWAY && r.tier().equals(tier)).toList();
    }

    @Test
    void theAssigneeIsTheBestPresentResponderOfTheFirstStaffedTierAtOrAboveTheWantedOne() {
        Property.forAll(EscalationGens.escalations(), RoutingGens.contexts(), RAW)
                .named("selection order")
                .check((e, ctx, raw) -> {
                    RoutingDecision d = ResponderSelector.standard().staff(raw, e, ctx);
                    List<Tier> rungs = ctx.ladder().tiers();
                    Tier wanted = ctx.ladder().atLeast(raw.tier());
                    int from = rungs.indexOf(wanted);
                    int staffed = from;
                    while (staffed < rungs.size() && presentAt(ctx, rungs.get(staffed)).isEmpty()) {
                        staffed++;
                    }
                    if (staffed == rungs.size()) {
                        assertEquals(Staffing.QUEUED, d.staffing());
                        assertEquals(wanted, d.tier(), "queued at the wanted tier");
                        return;
                    }
                    Tier tier = rungs.get(staffed);
                    assertEquals(staffed == from ? Staffing.ASSIGNED : Staffing.NEXT_TIER_UP, d.staffing());
                    assertEquals(tier, d.tier());
                    Responder expected = Collections.min(presentAt(ctx, tier), documentedOrder(ctx.skillsFor(e)));
                    assertEquals(expected, d.assignee());
                    assertEquals(raw.reasons().get(0), d.reasons().get(0), "the policy's reason stays first");
                    assertEquals(2, d.reasons().size(), "one staffing reason is added");
                });
    }

    @Test
    void theOrderOfTheRosterNeverChangesTheDecision() {
        Property.forAll(EscalationGens.escalations(), RoutingGens.contexts(), Gens.longs(0, Long.MAX_VALUE))
                .named("roster order")
                .check((e, ctx, seed) -> {
                    List<Responder> shuffled = new ArrayList<>(ctx.roster());
                    Collections.shuffle(shuffled, new Random(seed));
                    RoutingContext reordered = new RoutingContext(ctx.now(), ctx.zone(), ctx.handlingTime(),
                            ctx.operator(), shuffled, ctx.thresholds(), ctx.ladder(), ctx.outsourced(),
                            ctx.departments(), ctx.skillsByCategory(), ctx.overdueCallbacks(), ctx.customerChasing());
                    RoutingPolicy policy = RoutingPolicies.standard();
                    assertEquals(policy.route(e, ctx), policy.route(e, reordered));
                });
    }

    @Test
    void theStaffedTierIsOnTheCentersLadderUnlessTheOperatorKeepsIt() {
        Property.forAll(EscalationGens.escalations(), RoutingGens.contexts())
                .named("ladder")
                .check((e, ctx) -> {
                    RoutingDecision d = RoutingPolicies.standard().route(e, ctx);
                    if (d.staffing() != Staffing.SELF) {
                        assertTrue(ctx.ladder().tiers().contains(d.tier()), d.tier() + " on " + ctx.ladder());
                    }
                });
    }
}
