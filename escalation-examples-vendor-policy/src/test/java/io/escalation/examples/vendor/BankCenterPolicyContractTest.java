package io.escalation.examples.vendor;

import io.escalation.model.Escalation;
import io.escalation.routing.RoutingPolicy;
import io.escalation.testkit.Gen;
import io.escalation.testkit.RoutingPolicyContract;
import io.escalation.testkit.Waiver;
import java.util.Set;

/**
 * The bank's Java policy passes the SDK's routing contract: a decision for every valid escalation
 * and context, the same decision for the same inputs, tiers monotone in temperature and handling
 * time, harassment taken over, reasons worded in every language and free of personal data,
 * assignees present and of the decided tier, and the same decisions from many threads. One law is
 * waived where the bank's rules differ, with the reason the run reports.
 */
class BankCenterPolicyContractTest extends RoutingPolicyContract {

    @Override
    protected RoutingPolicy policy() {
        return new BankCenterPolicy();
    }

    @Override
    protected Set<Waiver> waivers() {
        return Set.of(waive(Law.DEMANDED_SUPERVISOR, "a regulatory complaint goes to Compliance even when the "
                + "customer demands a supervisor: the supervisor refers it instead of taking the call over"));
    }

    @Override
    protected Gen<Escalation> escalations() {
        return BankCases.escalations();
    }
}
