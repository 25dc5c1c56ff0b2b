package io.escalation.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A waived law is reported as skipped with its reason, never silently; bad waivers are refused. */
class WaiverTest {

    private static RoutingPolicyContract waiving(Set<Waiver> waivers) {
        return new RoutingPolicyContract() {
            @Override
            protected RoutingPolicy policy() {
                return RoutingPolicies.standard();
            }

            @Override
            protected Set<Waiver> waivers() {
                return waivers;
            }
        };
    }

    @Test
    void aWaivedLawIsSkippedWithItsReason() {
        RoutingPolicyContract contract = waiving(Set.of(Waiver.of(RoutingPolicyContract.Law.HARASSMENT,
                "harassment goes to our legal desk")));
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                contract::harassmentNeverStaysWithTheOperator);
        assertTrue(skipped.getMessage().endsWith("RoutingPolicyContract.HARASSMENT waived: harassment goes to our legal desk"),
                skipped.getMessage());
    }

    @Test
    void theOtherLawsStillRun() {
        RoutingPolicyContract contract = waiving(Set.of(Waiver.of(RoutingPolicyContract.Law.HARASSMENT,
                "harassment goes to our legal desk")));
        contract.aDemandedSupervisorMeansASupervisorTakingOver();
    }

    @Test
    void aWaiverNeedsAReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Waiver.of(RoutingPolicyContract.Law.TOTALITY, " "));
        assertEquals("reason must not be blank: say why TOTALITY does not hold for your center", e.getMessage());
    }

    @Test
    void aWaiverOfAnotherContractsLawIsRefused() {
        RoutingPolicyContract contract = waiving(Set.of(Waiver.of(java.time.DayOfWeek.MONDAY, "not a law")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                contract::everyValidEscalationAndContextGetsADecision);
        assertTrue(e.getMessage().contains("does not belong to a RoutingPolicyContract"), e.getMessage());
    }
}
