package io.escalation.examples.vendor;

import io.escalation.model.Escalation;
import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import io.escalation.testkit.Gen;
import io.escalation.testkit.RoutingPolicyContract;

/** The bank's JSON rule set, as a host obtains it by name, passes the SDK's routing contract. */
class BankRulesContractTest extends RoutingPolicyContract {

    @Override
    protected RoutingPolicy policy() {
        return RoutingPolicies.named(BankRulesProvider.NAME);
    }

    @Override
    protected Gen<Escalation> escalations() {
        return BankCases.escalations();
    }
}
