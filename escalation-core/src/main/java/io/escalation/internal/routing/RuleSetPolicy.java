package io.escalation.internal.routing;

import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.Tier;
import io.escalation.routing.ResponderSelector;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingMode;
import io.escalation.routing.RoutingPolicy;
import io.escalation.routing.Staffing;
import java.util.List;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * A loaded declarative rule set: ordered rules, the first whose conditions all hold decides;
 * otherwise the fallback decides. Immutable and thread-safe.
 */
public final class RuleSetPolicy implements RoutingPolicy {

    /** What a rule does when it applies. */
    record Action(Tier tier, RoutingMode mode, Priority priority, @Nullable Department department) {}

    /** One rule: name, conditions (all must hold), action and reason. */
    record Rule(String name, List<BiPredicate<Escalation, RoutingContext>> conditions, Action action,
            Reason reason) {
        boolean applies(Escalation e, RoutingContext ctx) {
            for (BiPredicate<Escalation, RoutingContext> c : conditions) {
                if (!c.test(e, ctx)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final String name;
    private final List<Rule> rules;
    private final RoutingPolicy otherwise;

    RuleSetPolicy(String name, List<Rule> rules, RoutingPolicy otherwise) {
        this.name = name;
        this.rules = List.copyOf(rules);
        this.otherwise = otherwise;
    }

    /**
     * Returns the rule set's name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    @Override
    public RoutingDecision route(Escalation e, RoutingContext ctx) {
        Arguments.routed(RoutingPolicy.class, e, ctx);
        for (Rule rule : rules) {
            if (rule.applies(e, ctx)) {
                Action a = rule.action();
                RoutingDecision raw = new RoutingDecision(a.tier(), a.mode(), a.department(),
                        a.mode() == RoutingMode.NEEDS_CLIENT_APPROVAL, null, Staffing.UNSTAFFED, a.priority(),
                        List.of(rule.reason()));
                return ResponderSelector.standard().staff(raw, e, ctx);
            }
        }
        return otherwise.route(e, ctx);
    }

    @Override
    public String toString() {
        return "RuleSetPolicy[" + name + ", " + rules.size() + " rules]";
    }
}
