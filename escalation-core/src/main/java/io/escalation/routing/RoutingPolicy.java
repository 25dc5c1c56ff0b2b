package io.escalation.routing;

import io.escalation.model.Escalation;

/**
 * Decides where an escalation goes. The one extension point vendors implement.
 *
 * <p>Implementations must be pure and thread-safe: the decision depends only on the escalation
 * and the context (no I/O, no system clock, no mutable state), and must be total — a decision for
 * every valid escalation and context, never an exception. {@code RoutingPolicyContract} in the
 * test kit checks these properties for any policy. Compose policies with {@link RoutingPolicies}.
 */
@FunctionalInterface
public interface RoutingPolicy {

    /**
     * Decides where {@code escalation} goes.
     *
     * @param escalation the escalation, valid
     * @param context what is known now
     * @return the decision, with at least one reason
     */
    RoutingDecision route(Escalation escalation, RoutingContext context);
}
