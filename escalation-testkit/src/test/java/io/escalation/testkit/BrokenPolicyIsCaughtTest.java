package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.model.Escalation;
import io.escalation.model.Inquiry;
import io.escalation.model.RequestKind;
import io.escalation.model.Temperature;
import io.escalation.model.Tier;
import io.escalation.model.Urgency;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingMode;
import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import io.escalation.routing.Staffing;
import io.escalation.routing.Thresholds;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A policy with the bug a vendor might write — it lowers the tier for furious customers — is caught
 * by {@link RoutingPolicyContract}, and the counterexample it reports is the one a person reads
 * fastest: the lowest furious temperature, every optional part empty, nobody on the roster.
 */
class BrokenPolicyIsCaughtTest {

    /** The standard policy, except that a furious customer is left with the operator. */
    static final RoutingPolicy LOWERS_THE_TIER_FOR_FURIOUS_CUSTOMERS = (e, c) -> {
        RoutingDecision d = RoutingPolicies.standard().route(e, c);
        if (e.customerState().temperature() != Temperature.FURIOUS) {
            return d;
        }
        return new RoutingDecision(Tier.OPERATOR, RoutingMode.HANDLE_YOURSELF, null, false, null, Staffing.SELF,
                d.priority(), d.reasons());
    };

    /** The contract over the broken policy; private, so JUnit does not run it as a test class of its own. */
    private static final class BrokenPolicyContract extends RoutingPolicyContract {
        @Override
        protected RoutingPolicy policy() {
            return LOWERS_THE_TIER_FOR_FURIOUS_CUSTOMERS;
        }
    }

    @Test
    void theTemperatureLawCatchesThePolicyAndShrinksToTheLowestFuriousTemperature() {
        PropertyFailure f = assertThrows(PropertyFailure.class,
                () -> new BrokenPolicyContract().aHotterCustomerNeverGetsALowerTier());
        Escalation e = (Escalation) f.counterexample().get(0);
        RoutingContext c = (RoutingContext) f.counterexample().get(1);

        assertEquals(Temperature.FURIOUS, e.customerState().temperature());
        assertFalse(e.customerState().demandedSupervisor());
        assertEquals(Urgency.NONE, e.customerState().urgency());
        Inquiry q = e.inquiry();
        assertEquals(RequestKind.ADVICE, q.kind());
        assertNull(q.category());
        assertNull(q.decisionWanted());
        assertNull(q.concern());
        assertTrue(q.actionsTaken().isEmpty() && q.history().isEmpty());
        assertNull(q.environment());
        assertNull(q.background());
        assertNull(q.impact());
        assertEquals(Duration.ZERO, e.handlingTime());
        assertNull(e.customer().name());
        assertNull(e.customer().contact());
        assertEquals(EscalationGens.EARLIEST, e.raisedAt());
        assertEquals(1, e.id().value().length());

        assertTrue(c.roster().isEmpty(), "fewest responders");
        assertNull(c.handlingTime());
        assertNull(c.operator());
        assertEquals(Thresholds.DEFAULTS, c.thresholds());
        assertEquals(0, c.overdueCallbacks());
        assertFalse(c.customerChasing());
    }

    @Test
    void theFailureReportNamesTheLawTheSeedTheCaseAndHowToReplayIt() {
        PropertyFailure f = assertThrows(PropertyFailure.class,
                () -> new BrokenPolicyContract().aHotterCustomerNeverGetsALowerTier());
        String report = f.getMessage();
        assertTrue(report.startsWith("Property 'RoutingPolicyContract.TIER_MONOTONE_IN_TEMPERATURE' failed on try "
                + f.tries() + " of 1000 (" + (f.tries() - 1) + " passed before it)"), report);
        assertTrue(report.contains("seed: " + f.seed()), report);
        assertTrue(report.contains("replay exactly this run: .seed(" + f.seed() + "L) on the property, or -D"
                + Property.SEED_PROPERTY + "=" + f.seed()), report);
        assertTrue(report.contains("#1 escalation "), report);
        assertTrue(report.contains("| customer FURIOUS |"), report);
        assertTrue(report.contains("#2 context at " + EscalationGens.EARLIEST + " Asia/Tokyo"), report);
        assertTrue(report.contains("roster of 0 (0 present)"), report);
        assertTrue(report.contains("at FURIOUS the tier is operator, but at CALM it is supervisor"), report);
        for (String personal : List.of("山田", "佐藤", "Jane Doe", "O'Brien", "李 小龍", "+81 ", "@example.jp")) {
            assertFalse(report.contains(personal), "the report shows personal data: " + personal);
        }
    }

    @Test
    void theSameSeedReplaysTheSameFailure() {
        PropertyFailure first = assertThrows(PropertyFailure.class,
                () -> new BrokenPolicyContract().aHotterCustomerNeverGetsALowerTier());
        PropertyFailure replayed = assertThrows(PropertyFailure.class, () -> Property
                .forAll(EscalationGens.escalations(), RoutingGens.contexts()).seed(first.seed())
                .check((e, c) -> {
                    Tier hot = LOWERS_THE_TIER_FOR_FURIOUS_CUSTOMERS.route(e, c).tier();
                    for (Temperature t : Temperature.values()) {
                        if (t.compareTo(e.customerState().temperature()) < 0) {
                            Escalation cooler = e.toBuilder().customerState(new io.escalation.model.CustomerState(t,
                                    e.customerState().urgency(), e.customerState().demandedSupervisor())).build();
                            assertTrue(hot.isAtLeast(LOWERS_THE_TIER_FOR_FURIOUS_CUSTOMERS.route(cooler, c).tier()));
                        }
                    }
                }));
        assertEquals(first.tries(), replayed.tries());
        assertEquals(first.original(), replayed.original());
        assertEquals(first.counterexample(), replayed.counterexample());
    }

    @Test
    void theOtherLawsThatApplyCatchItToo() {
        BrokenPolicyContract contract = new BrokenPolicyContract();
        PropertyFailure demanded = assertThrows(PropertyFailure.class, contract::aDemandedSupervisorMeansASupervisorTakingOver);
        assertEquals(Temperature.FURIOUS, ((Escalation) demanded.counterexample().get(0)).customerState().temperature());
        PropertyFailure harassment = assertThrows(PropertyFailure.class, contract::harassmentNeverStaysWithTheOperator);
        assertEquals(Temperature.FURIOUS, ((Escalation) harassment.counterexample().get(0)).customerState().temperature());
    }
}
