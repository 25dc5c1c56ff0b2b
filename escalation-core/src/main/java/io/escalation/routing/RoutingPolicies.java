package io.escalation.routing;

import io.escalation.internal.routing.Arguments;
import io.escalation.internal.routing.RuleSetParser;
import io.escalation.internal.routing.StandardPolicy;
import io.escalation.model.Escalation;
import io.escalation.model.Reason;
import io.escalation.routing.spi.RoutingPolicyProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * The entry point for routing policies: the seeds' standard policy, rule sets loaded from JSON,
 * policies found by name, and combinators that compose them. Every policy returned is immutable
 * and thread-safe; every composition keeps the reasons of the decisions it combines. A missing
 * argument is an {@link io.escalation.InvalidEscalationException} naming the parameter.
 *
 * <p>"No opinion" is expressed by a {@link RoutingRule} (a partial policy returning an empty
 * {@code Optional}); {@link RoutingPolicy} itself is always total. {@link #when} turns a policy into
 * a rule, {@link #firstMatch} chains rules, and {@link #withFallback} or {@link #override} make a
 * total policy again.
 *
 * <pre>{@code
 * RoutingPolicy policy = RoutingPolicies.override(
 *         RoutingPolicies.standard(),
 *         RoutingPolicies.when((e, ctx) -> e.inquiry().category() != null
 *                 && e.inquiry().category().code().equals("vip"), myVipPolicy));
 * RoutingDecision decision = policy.route(escalation, RoutingContext.builder(clock.instant()).roster(roster).build());
 * }</pre>
 */
public final class RoutingPolicies {

    private static final RoutingPolicy STANDARD = new StandardPolicy();

    private RoutingPolicies() {}

    /**
     * Returns the standard policy from the seeds: a demanded supervisor, harassment, a furious
     * customer or handling time past the threshold bring a supervisor who takes over; irregular
     * handling needs a manager when the company is at fault or a severe complaint looms (and the
     * client's approval when outsourced), else a supervisor explains; complaints, repeat contacts
     * and overdue callbacks raise tier and priority; a department's categories are referred to it
     * with a supervisor owning the case; a plain knowledge gap gets a supervisor's answer while the
     * customer holds. Thresholds come from {@link RoutingContext#thresholds()} (see
     * {@link #standard(Thresholds)} to fix them in the policy instead).
     *
     * @return the standard policy
     */
    public static RoutingPolicy standard() {
        return STANDARD;
    }

    /**
     * Returns the standard policy with the center's thresholds fixed: they win over
     * {@link RoutingContext#thresholds()}, so contexts built per contact need not repeat them.
     *
     * @param thresholds the center's thresholds
     * @return the standard policy with these thresholds
     */
    public static RoutingPolicy standard(Thresholds thresholds) {
        return new StandardPolicy(Arguments.present(RoutingPolicies.class, "thresholds", thresholds));
    }

    /**
     * Loads a declarative rule set. The format:
     *
     * <pre>{@code
     * {
     *   "name": "acme",
     *   "tiers": [ {"code": "qa", "rank": 350} ],          // optional custom tiers
     *   "rules": [
     *     { "name": "night-furious",
     *       "when": { "temperatureAtLeast": "UPSET", "timeOfDayIn": {"from": "22:00", "to": "06:00"} },
     *       "then": { "tier": "manager", "mode": "TAKE_OVER", "priority": "URGENT" },
     *       "because": { "ja": "夜間の激しいクレームは上席へ", "en": "angry customers at night go to a manager" } }
     *   ],
     *   "otherwise": "standard"                              // or an action like "then"
     * }
     * }</pre>
     *
     * <p>Conditions (all must hold): {@code temperatureAtLeast}, {@code kindIn}, {@code handlingTimeOver}
     * (ISO-8601 duration), {@code experienceIs}, {@code categoryIn}, {@code faultIs},
     * {@code demandedSupervisor}, {@code repeatContactsAtLeast}, {@code timeOfDayIn} (in the
     * context's zone, or in the rule's own {@code "zone"}; may cross midnight). The first rule whose
     * conditions hold decides; its decision is staffed by {@link ResponderSelector}. Unknown keys,
     * duplicate keys, custom tiers that reuse a known code and documents over 1 MiB are errors.
     * Custom tiers must also be on the context's {@link TierLadder} to be staffed; otherwise the
     * next tier up on the ladder takes the escalation.
     *
     * @param json the rule set
     * @return the rule set as an immutable policy
     * @throws RuleSetException naming the rule and the JSON pointer of the first problem
     */
    public static RoutingPolicy fromJson(String json) {
        Arguments.present(RoutingPolicies.class, "json", json);
        return RuleSetParser.parse(json);
    }

    /**
     * Finds a policy by name among the {@link RoutingPolicyProvider}s visible to this class's
     * class loader ({@code "standard"} is always there). The service loader runs only when this
     * method is called.
     *
     * @param name the policy's name
     * @return the policy
     * @throws UnknownPolicyException if no provider has that name
     */
    public static RoutingPolicy named(String name) {
        return named(name, RoutingPolicies.class.getClassLoader());
    }

    /**
     * Finds a policy by name among the providers visible to {@code loader}.
     *
     * @param name the policy's name
     * @param loader where to look for providers
     * @return the policy
     * @throws UnknownPolicyException if no provider has that name
     */
    public static RoutingPolicy named(String name, ClassLoader loader) {
        Arguments.present(RoutingPolicies.class, "name", name);
        Arguments.present(RoutingPolicies.class, "loader", loader);
        Set<String> known = new TreeSet<>();
        for (RoutingPolicyProvider provider : ServiceLoader.load(RoutingPolicyProvider.class, loader)) {
            if (provider.name().equals(name)) {
                return provider.policy();
            }
            known.add(provider.name());
        }
        throw new UnknownPolicyException(name, known);
    }

    /**
     * Makes a rule that applies {@code policy} when {@code condition} holds.
     *
     * @param condition when to apply
     * @param policy what to apply
     * @return the rule
     */
    public static RoutingRule when(BiPredicate<Escalation, RoutingContext> condition, RoutingPolicy policy) {
        Arguments.present(RoutingPolicies.class, "condition", condition);
        Arguments.present(RoutingPolicies.class, "policy", policy);
        return (e, c) -> condition.test(e, c) ? Optional.of(policy.route(e, c)) : Optional.empty();
    }

    /**
     * Makes a rule that asks each rule in turn and takes the first decision.
     *
     * @param rules the rules, in order
     * @return the rule
     */
    public static RoutingRule firstMatch(RoutingRule... rules) {
        List<RoutingRule> all = presentAll("rules", rules);
        return (e, c) -> {
            Arguments.routed(RoutingPolicy.class, e, c);
            for (RoutingRule r : all) {
                Optional<RoutingDecision> d = r.decide(e, c);
                if (d.isPresent()) {
                    return d;
                }
            }
            return Optional.empty();
        };
    }

    /**
     * Makes a total policy from a rule: the rule's decision when it has one, else the fallback's.
     *
     * @param rule the preferred rule
     * @param fallback decides when the rule declines
     * @return the policy
     */
    public static RoutingPolicy withFallback(RoutingRule rule, RoutingPolicy fallback) {
        Arguments.present(RoutingPolicies.class, "rule", rule);
        Arguments.present(RoutingPolicies.class, "fallback", fallback);
        return (e, c) -> rule.decide(e, c).orElseGet(() -> fallback.route(e, c));
    }

    /**
     * Asks every policy and takes the decision with the highest tier at the highest priority of all,
     * with the reasons of all the decisions. Among decisions of the same tier the one with the mode
     * of highest {@link RoutingMode#precedence() precedence} wins (a take-over beats a call-back),
     * then the first.
     *
     * @param policies the policies, at least one
     * @return the policy
     */
    public static RoutingPolicy highestTier(RoutingPolicy... policies) {
        List<RoutingPolicy> all = presentAll("policies", policies);
        if (all.isEmpty()) {
            throw Arguments.invalid(RoutingPolicies.class, "policies", "NotEmpty",
                    "highestTier needs at least one policy", all);
        }
        return (e, c) -> {
            Arguments.routed(RoutingPolicy.class, e, c);
            RoutingDecision best = null;
            List<RoutingDecision> decisions = new ArrayList<>(all.size());
            for (RoutingPolicy p : all) {
                RoutingDecision d = p.route(e, c);
                decisions.add(d);
                if (best == null || d.tier().rank() > best.tier().rank() || (d.tier().rank() == best.tier().rank()
                        && d.mode().precedence() > best.mode().precedence())) {
                    best = d;
                }
            }
            RoutingDecision result = Objects.requireNonNull(best);
            for (RoutingDecision d : decisions) {
                result = result.withPriority(result.priority().max(d.priority()))
                        .withReasons(d == best ? d.reasons() : decidingReasons(d));
            }
            return result;
        };
    }

    private static <T> List<T> presentAll(String path, T[] values) {
        Arguments.present(RoutingPolicies.class, path, values);
        for (int i = 0; i < values.length; i++) {
            Arguments.present(RoutingPolicies.class, path + "[" + i + "]", values[i]);
        }
        return List.of(values);
    }

    /**
     * Lets a rule override a base policy: when the rule decides, its decision wins, and the base's
     * reasons (except whom the base would have assigned) are kept after its own so the override is
     * explained; otherwise the base decides.
     *
     * @param base the base policy
     * @param override the overriding rule
     * @return the policy
     */
    public static RoutingPolicy override(RoutingPolicy base, RoutingRule override) {
        Arguments.present(RoutingPolicies.class, "base", base);
        Arguments.present(RoutingPolicies.class, "override", override);
        return (e, c) -> {
            Arguments.routed(RoutingPolicy.class, e, c);
            RoutingDecision below = base.route(e, c);
            return override.decide(e, c).map(d -> d.withReasons(decidingReasons(below))).orElse(below);
        };
    }

    /**
     * Returns the reasons of a decision that lost to another, without its staffing reasons: who
     * it would have assigned is not why the winning decision assigned someone else.
     */
    private static List<Reason> decidingReasons(RoutingDecision lost) {
        List<Reason> out = new ArrayList<>(lost.reasons().size());
        for (Reason r : lost.reasons()) {
            if (!ResponderSelector.RULE.equals(r.rule())) {
                out.add(r);
            }
        }
        return out;
    }
}
