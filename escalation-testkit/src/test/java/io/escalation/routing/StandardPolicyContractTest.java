package io.escalation.routing;

import io.escalation.testkit.RoutingPolicyContract;

/** The standard policy passes the routing contract. */
class StandardPolicyContractTest extends RoutingPolicyContract {

    @Override
    protected RoutingPolicy policy() {
        return RoutingPolicies.standard();
    }
}
