package io.escalation.routing;

import io.escalation.testkit.RoutingPolicyContract;
import io.escalation.testkit.Waiver;
import java.util.Set;

/**
 * A JSON rule set composed with the standard policy passes the routing contract, except where its
 * night rule makes the center's rules differ (waived, with the reason).
 */
class RuleSetContractTest extends RoutingPolicyContract {

    private static final String NIGHT = "at night (22:00-06:00) this center's supervisor calls back instead of "
            + "taking over: the night rule and the standard policy decide the same tier, and highestTier keeps the "
            + "first policy's mode";

    @Override
    protected Set<Waiver> waivers() {
        return Set.of(waive(Law.DEMANDED_SUPERVISOR, NIGHT), waive(Law.HARASSMENT, NIGHT));
    }

    @Override
    protected RoutingPolicy policy() {
        return RoutingPolicies.highestTier(RoutingPolicies.fromJson("""
                {"name": "contract",
                 "rules": [
                   {"name": "upset", "when": {"temperatureAtLeast": "UPSET"},
                    "then": {"tier": "manager", "mode": "TAKE_OVER", "priority": "URGENT"}},
                   {"name": "night", "when": {"timeOfDayIn": {"from": "22:00", "to": "06:00"}},
                    "then": {"tier": "supervisor", "mode": "CALL_BACK"}}
                 ],
                 "otherwise": {"tier": "operator", "mode": "HANDLE_YOURSELF"}}
                """), RoutingPolicies.standard());
    }
}
