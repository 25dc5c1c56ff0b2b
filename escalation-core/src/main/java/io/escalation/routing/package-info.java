/**
 * Tier routing: the {@link io.escalation.routing.RoutingPolicy} interface, the context it decides
 * in, decisions with reasons, responder selection, and {@link io.escalation.routing.RoutingPolicies}
 * — the standard policy from the seeds, combinators and declarative rule sets.
 */
@NullMarked
package io.escalation.routing;

import org.jspecify.annotations.NullMarked;
