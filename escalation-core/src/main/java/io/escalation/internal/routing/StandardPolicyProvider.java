package io.escalation.internal.routing;

import io.escalation.routing.RoutingPolicy;
import io.escalation.routing.spi.RoutingPolicyProvider;

/** Registers the standard policy under the name {@value StandardPolicy#NAME}. */
public final class StandardPolicyProvider implements RoutingPolicyProvider {

    private static final RoutingPolicy POLICY = new StandardPolicy();

    /** Creates the provider (called by the service loader). */
    public StandardPolicyProvider() {}

    @Override
    public String name() {
        return StandardPolicy.NAME;
    }

    @Override
    public RoutingPolicy policy() {
        return POLICY;
    }
}
