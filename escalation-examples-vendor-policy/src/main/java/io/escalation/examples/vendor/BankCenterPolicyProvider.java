package io.escalation.examples.vendor;

import io.escalation.routing.RoutingPolicy;
import io.escalation.routing.spi.RoutingPolicyProvider;

/** Registers {@link BankCenterPolicy} under the name {@value BankCenterPolicy#NAME}. */
public final class BankCenterPolicyProvider implements RoutingPolicyProvider {

    private static final RoutingPolicy POLICY = new BankCenterPolicy();

    /** Creates the provider (called by the service loader). */
    public BankCenterPolicyProvider() {}

    @Override
    public String name() {
        return BankCenterPolicy.NAME;
    }

    @Override
    public RoutingPolicy policy() {
        return POLICY;
    }
}
