package io.escalation.examples.vendor;

import io.escalation.model.Escalation;
import io.escalation.routing.RoutingPolicy;
import io.escalation.testkit.Gen;
import io.escalation.testkit.RoutingPolicyContract;

/**
 * The bank's Java policy passes the SDK's routing contract: a decision for every valid escalation
 * and context, the same decision for the same inputs, reasons worded in every language, assignees
 * present and of the decided tier, and the same decisions from many threads.
 */
class BankCenterPolicyContractTest extends RoutingPolicyContract {

    @Override
    protected RoutingPolicy policy() {
        return new BankCenterPolicy();
    }

    @Override
    protected Gen<Escalation> escalations() {
        return BankCases.escalations();
    }
}
