package io.escalation.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.CustomerState;
import io.escalation.model.Escalation;
import io.escalation.model.Inquiry;
import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import io.escalation.model.Tier;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.Gens;
import io.escalation.testkit.Property;
import io.escalation.testkit.RoutingGens;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Rules of the standard policy that must hold for all escalations and contexts (1,000 cases each). */
class StandardPolicyPropertiesTest {

    private static final RoutingPolicy POLICY = RoutingPolicies.standard();

    private static Escalation withTemperature(Escalation e, Temperature t) {
        CustomerState s = e.customerState();
        return e.toBuilder().customerState(new CustomerState(t, s.urgency(), s.demandedSupervisor())).build();
    }

    @Test
    void raisingTheTemperatureNeverLowersTheTier() {
        Property.forAll(EscalationGens.escalations(), RoutingGens.contexts(), Gens.enums(Temperature.class))
                .named("temperature monotonicity")
                .check((e, ctx, hotter) -> {
                    Temperature from = e.customerState().temperature();
                    Temperature to = hotter.isAtLeast(from) ? hotter : from;
                    Tier before = POLICY.route(withTemperature(e, from), ctx).tier();
                    Tier after = POLICY.route(withTemperature(e, to), ctx).tier();
                    assertTrue(after.isAtLeast(before), from + "->" + to + ": " + before.code() + "->" + after.code());
                });
    }

    @Test
    void moreHandlingTimeNeverLowersTheTier() {
        Property.forAll(EscalationGens.escalations(), RoutingGens.contexts(),
                        Gens.durations(Duration.ZERO, Duration.ofHours(3)))
                .named("handling-time monotonicity")
                .check((e, ctx, extra) -> {
                    Tier before = POLICY.route(e, ctx).tier();
                    Duration longer = e.handlingTime().plus(extra);
                    if (longer.compareTo(Escalation.MAX_HANDLING_TIME) > 0) {
                        longer = Escalation.MAX_HANDLING_TIME;
                    }
                    Escalation later = e.toBuilder().handlingTime(longer).build();
                    RoutingContext laterCtx = ctx.withHandlingTime(
                            ctx.handlingTime() == null ? null : ctx.handlingTime().plus(extra));
                    Tier after = POLICY.route(later, laterCtx).tier();
                    assertTrue(after.isAtLeast(before), before.code() + "->" + after.code());
                });
    }

    @Test
    void aDemandedSupervisorMeansAtLeastASupervisorTakingOver() {
        Property.forAll(EscalationGens.escalations(), RoutingGens.contexts())
                .named("demanded supervisor")
                .check((e, ctx) -> {
                    CustomerState s = e.customerState();
                    Escalation demanding = e.toBuilder()
                            .customerState(new CustomerState(s.temperature(), s.urgency(), true)).build();
                    RoutingDecision d = POLICY.route(demanding, ctx);
                    assertTrue(d.tier().isAtLeast(Tier.SUPERVISOR), d.tier().code());
                    assertEquals(RoutingMode.TAKE_OVER, d.mode());
                });
    }

    @Test
    void harassmentNeverStaysWithTheOperator() {
        Property.forAll(EscalationGens.escalations(), RoutingGens.contexts())
                .named("harassment")
                .check((e, ctx) -> {
                    Inquiry harassment = e.inquiry().toBuilder().kind(RequestKind.HARASSMENT).build();
                    RoutingDecision d = POLICY.route(e.toBuilder().inquiry(harassment).build(), ctx);
                    assertTrue(d.tier().isAtLeast(Tier.SUPERVISOR), d.tier().code());
                    assertEquals(RoutingMode.TAKE_OVER, d.mode());
                    assertTrue(d.staffing() != Staffing.SELF);
                });
    }

    @Test
    void staffingAgreesWithTheAssignee() {
        Property.forAll(EscalationGens.escalations(), RoutingGens.contexts())
                .check((e, ctx) -> {
                    RoutingDecision d = POLICY.route(e, ctx);
                    switch (d.staffing()) {
                        case ASSIGNED, NEXT_TIER_UP -> assertTrue(d.assignee() != null && d.assignee().isPresent());
                        case SELF -> assertEquals(RoutingMode.HANDLE_YOURSELF, d.mode());
                        case QUEUED -> assertTrue(ctx.roster().stream().noneMatch(r -> r.isPresent()
                                && r.tier().isAtLeast(d.tier())), "queued only when nobody at or above is present");
                        case UNSTAFFED -> throw new AssertionError("the standard policy always staffs");
                    }
                });
    }
}
