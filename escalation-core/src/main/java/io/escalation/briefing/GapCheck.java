package io.escalation.briefing;

import static io.escalation.internal.briefing.Present.present;

import io.escalation.internal.briefing.StandardGaps;
import io.escalation.model.Escalation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lists the facts a supervisor will certainly ask for and the escalation lacks (ヒアリング不足),
 * so the operator can ask the customer before escalating. Rules apply to every escalation or
 * only to some categories. Immutable and thread-safe (if its rules are).
 *
 * <p>The standard rules, each with a stable code:
 * <ul>
 *   <li>{@code hold-or-callback}: a take-over (or harassment, or a demanded supervisor) needs the
 *       customer put on hold or promised a callback first. The model always holds a call state and
 *       a temperature (there is no "unknown"), so this rule asks for what the model can show is
 *       unsettled: a live call that is about to be handed over;</li>
 *   <li>{@code missing-environment}: a technical category (codes given to {@link #standard(Set)})
 *       needs the customer's environment;</li>
 *   <li>{@code missing-reachable-window}, {@code missing-time-zone}: a callback (promised, or needed
 *       because the call ended) needs a window in which the customer can be reached and their time zone;</li>
 *   <li>{@code missing-fault}: irregular handling needs the fault attribution;</li>
 *   <li>{@code missing-impact}: a complaint needs what the customer lost or suffered;</li>
 *   <li>{@code missing-actions-taken}: every escalation should say what was already done.</li>
 * </ul>
 *
 * <pre>{@code
 * GapCheck check = GapCheck.standard(Set.of("mail-setup")).toBuilder()
 *         .forCategory("refund", e -> e.inquiry().impact() == null ? List.of(myGap) : List.of())
 *         .build();
 * }</pre>
 */
public final class GapCheck {

    private final List<GapRule> rules;
    private final Map<String, List<GapRule>> byCategory;

    private GapCheck(List<GapRule> rules, Map<String, List<GapRule>> byCategory) {
        this.rules = List.copyOf(rules);
        Map<String, List<GapRule>> copy = new HashMap<>();
        byCategory.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        this.byCategory = Map.copyOf(copy);
    }

    /**
     * Returns the standard rules; technical categories are those given.
     *
     * @param technicalCategories category codes that need the customer's environment
     * @return the check
     */
    public static GapCheck standard(Set<String> technicalCategories) {
        Builder b = builder().rule(StandardGaps::takeOverNeedsHoldOrCallback)
                .rule(StandardGaps::callbackNeedsWindowAndZone).rule(StandardGaps::irregularNeedsFault)
                .rule(StandardGaps::complaintNeedsImpact).rule(StandardGaps::actionsTaken);
        for (String code : present(GapCheck.class, "technicalCategories", technicalCategories)) {
            b.forCategory(code, StandardGaps::environment);
        }
        return b.build();
    }

    /**
     * Starts an empty check.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this check's rules, to add a center's own.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.rules.addAll(rules);
        byCategory.forEach((k, v) -> b.byCategory.put(k, new ArrayList<>(v)));
        return b;
    }

    /**
     * Returns every gap the rules find, without duplicates (the first gap of a code wins), in rule
     * order: rules for every escalation first, then the rules of the escalation's category.
     *
     * @param escalation the escalation
     * @return the gaps
     */
    public List<Gap> check(Escalation escalation) {
        Map<String, Gap> found = new LinkedHashMap<>();
        List<GapRule> applicable = new ArrayList<>(rules);
        var category = present(GapCheck.class, "escalation", escalation).inquiry().category();
        if (category != null) {
            applicable.addAll(byCategory.getOrDefault(category.code(), List.of()));
        }
        for (GapRule rule : applicable) {
            for (Gap g : present(GapCheck.class, "gaps", rule.check(escalation))) {
                found.putIfAbsent(present(GapCheck.class, "gaps[]", g).code(), g);
            }
        }
        return List.copyOf(found.values());
    }

    /** Shows how many rules apply, never an escalation. */
    @Override
    public String toString() {
        return "GapCheck[" + rules.size() + " rules, categories " + new java.util.TreeSet<>(byCategory.keySet()) + "]";
    }

    /** Builds a {@link GapCheck}; not thread-safe. */
    public static final class Builder {
        private final List<GapRule> rules = new ArrayList<>();
        private final Map<String, List<GapRule>> byCategory = new HashMap<>();

        private Builder() {}

        /**
         * Adds a rule for every escalation.
         *
         * @param rule the rule
         * @return this builder
         */
        public Builder rule(GapRule rule) {
            rules.add(present(GapCheck.class, "rule", rule));
            return this;
        }

        /**
         * Adds a rule for one category.
         *
         * @param categoryCode the category's code
         * @param rule the rule
         * @return this builder
         */
        public Builder forCategory(String categoryCode, GapRule rule) {
            byCategory.computeIfAbsent(present(GapCheck.class, "categoryCode", categoryCode), k -> new ArrayList<>())
                    .add(present(GapCheck.class, "rule", rule));
            return this;
        }

        /**
         * Builds the check; the builder can go on to build others.
         *
         * @return the check
         */
        public GapCheck build() {
            return new GapCheck(rules, byCategory);
        }
    }
}
