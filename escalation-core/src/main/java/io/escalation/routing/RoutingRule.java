package io.escalation.routing;

import io.escalation.model.Escalation;
import java.util.Optional;

/**
 * A partial policy: decides for some escalations and has no opinion on others (empty). Rules are
 * what {@link RoutingPolicies#firstMatch}, {@link RoutingPolicies#withFallback} and
 * {@link RoutingPolicies#override} combine; {@link RoutingPolicies#when} makes one from a policy.
 */
@FunctionalInterface
public interface RoutingRule {

    /**
     * Decides, or declines.
     *
     * @param escalation the escalation
     * @param context what is known now
     * @return a decision, or empty for no opinion
     */
    Optional<RoutingDecision> decide(Escalation escalation, RoutingContext context);
}
