package io.escalation.routing;

import io.escalation.testkit.RoutingPolicyContract;

/**
 * A JSON rule set composed with the standard policy passes the whole routing contract: where its
 * night rule (the supervisor calls back) and the standard policy (a supervisor takes a demanded
 * supervisor or harassment over) decide the same tier, {@code highestTier} keeps the take-over.
 */
class RuleSetContractTest extends RoutingPolicyContract {

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
