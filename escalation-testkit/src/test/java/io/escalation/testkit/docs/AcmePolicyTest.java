package io.escalation.testkit.docs;

import io.escalation.model.Escalation;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingPolicies;
import io.escalation.routing.RoutingPolicy;
import io.escalation.testkit.EscalationGens;
import io.escalation.testkit.Gen;
import io.escalation.testkit.RoutingPolicyContract;
import io.escalation.testkit.Waiver;
import java.time.ZoneId;
import java.util.Set;

// The example of docs/testkit.md, compiled and run: DocsSnippetTest keeps the two the same.
// tag::vendor-policy[]
class AcmePolicyTest extends RoutingPolicyContract {

    private static final String CALL_BACK = "Acme's managers call furious customers back within the hour";

    @Override
    protected RoutingPolicy policy() {
        return RoutingPolicies.highestTier(RoutingPolicies.fromJson("""
                {"name": "acme", "rules": [
                   {"name": "furious", "when": {"temperatureAtLeast": "FURIOUS"},
                    "then": {"tier": "manager", "mode": "CALL_BACK", "priority": "URGENT"}}],
                 "otherwise": {"tier": "operator", "mode": "HANDLE_YOURSELF"}}
                """), RoutingPolicies.standard());
    }

    @Override
    protected Gen<Escalation> escalations() {          // Acme's floor: trainees only
        return EscalationGens.escalations().onlyTrainees();
    }

    @Override
    protected Gen<RoutingContext> contexts() {         // one site, in Tokyo
        return EscalationGens.contexts().in(ZoneId.of("Asia/Tokyo"));
    }

    @Override
    protected Set<Waiver> waivers() {                  // where Acme's rules differ, and why
        return Set.of(waive(Law.DEMANDED_SUPERVISOR, CALL_BACK), waive(Law.HARASSMENT, CALL_BACK));
    }
}
// end::vendor-policy[]
