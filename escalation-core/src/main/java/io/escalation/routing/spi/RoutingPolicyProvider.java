package io.escalation.routing.spi;

import io.escalation.routing.RoutingPolicy;

/**
 * Makes a routing policy available by name through {@link java.util.ServiceLoader}, for hosts that
 * choose policies by configuration ({@code RoutingPolicies.named("acme")}). Register an
 * implementation in {@code META-INF/services/io.escalation.routing.spi.RoutingPolicyProvider} or
 * with {@code provides} in {@code module-info}. Lookup happens only when the host asks.
 */
public interface RoutingPolicyProvider {

    /**
     * Returns the policy's name, unique among providers.
     *
     * @return the name
     */
    String name();

    /**
     * Returns the policy.
     *
     * @return a thread-safe policy
     */
    RoutingPolicy policy();
}
