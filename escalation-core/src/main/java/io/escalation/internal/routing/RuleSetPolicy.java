package io.escalation.internal.routing;

import io.escalation.internal.validation.FrozenList;

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
        Rule {
            conditions = List.copyOf(conditions);
        }

        boolean applies(Escalation e, RoutingContext ctx) {
            for (int i = 0, n = conditions.size(); i < n; i++) {
                if (!conditions.get(i).test(e, ctx)) {
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
        for (int i = 0, n = rules.size(); i < n; i++) {
            Rule rule = rules.get(i);
            if (rule.applies(e, ctx)) {
                Action a = rule.action();
                return Staffer.staff(a.tier(), a.mode(), a.department(), a.mode() == RoutingMode.NEEDS_CLIENT_APPROVAL,
                        a.priority(), FrozenList.one(rule.reason()), e, ctx);
            }
        }
        return otherwise.route(e, ctx);
    }

    @Override
    public String toString() {
        return "RuleSetPolicy[" + name + ", " + rules.size() + " rules]";
    }
}
