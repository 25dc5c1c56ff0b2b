package io.escalation.examples.vendor;

import io.escalation.model.Escalation;
import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import io.escalation.testkit.Gen;
import io.escalation.testkit.RoutingPolicyContract;
import io.escalation.testkit.Waiver;
import java.util.Set;

/**
 * The bank's JSON rule set, as a host obtains it by name, passes the SDK's routing contract, but for
 * one law its loan rule deliberately breaks (waived, with the reason the run reports).
 */
class BankRulesContractTest extends RoutingPolicyContract {

    @Override
    protected RoutingPolicy policy() {
        return RoutingPolicies.named(BankRulesProvider.NAME);
    }

    @Override
    protected Set<Waiver> waivers() {
        return Set.of(waive(Law.DEMANDED_SUPERVISOR, "an exception on a loan is referred to the lending department "
                + "by a manager even when the customer demands a supervisor"));
    }

    @Override
    protected Gen<Escalation> escalations() {
        return BankCases.escalations();
    }
}
