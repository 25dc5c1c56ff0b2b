package io.escalation.briefing;

import io.escalation.model.CallState;
import io.escalation.model.Escalation;
import io.escalation.model.FaultAttribution;
import io.escalation.model.RequestKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Lists the facts a supervisor will certainly ask for and the escalation lacks (ヒアリング不足),
 * so the operator can ask the customer before escalating. Rules apply to every escalation or
 * only to some categories. Immutable and thread-safe.
 *
 * <p>The standard rules: a take-over (or harassment, or a demanded supervisor) needs the customer
 * put on hold or promised a callback first; a technical category needs the customer's
 * environment; a callback needs a reachable window and the customer's time zone; irregular
 * handling needs the fault attribution; a complaint needs what the customer lost or suffered;
 * every escalation should say what was already done.
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
        Builder b = builder().rule(GapCheck::takeOverNeedsHoldOrCallback).rule(GapCheck::callbackNeedsWindowAndZone)
                .rule(GapCheck::irregularNeedsFault).rule(GapCheck::complaintNeedsImpact)
                .rule(GapCheck::actionsTaken);
        for (String code : technicalCategories) {
            b.forCategory(code, GapCheck::environment);
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
     * Returns every gap the rules find, without duplicates, in rule order.
     *
     * @param escalation the escalation
     * @return the gaps
     */
    public List<Gap> check(Escalation escalation) {
        Map<String, Gap> found = new LinkedHashMap<>();
        List<GapRule> applicable = new ArrayList<>(rules);
        var category = escalation.inquiry().category();
        if (category != null) {
            applicable.addAll(byCategory.getOrDefault(category.code(), List.of()));
        }
        for (GapRule rule : applicable) {
            for (Gap g : rule.check(escalation)) {
                found.putIfAbsent(g.code(), g);
            }
        }
        return List.copyOf(found.values());
    }

    static List<Gap> takeOverNeedsHoldOrCallback(Escalation e) {
        boolean takeOver = e.inquiry().kind() == RequestKind.TAKE_OVER || e.inquiry().kind() == RequestKind.HARASSMENT
                || e.customerState().demandedSupervisor();
        if (takeOver && e.callState() instanceof CallState.Live) {
            return List.of(new Gap("hold-or-callback", "callState",
                    "引き継ぐ前に、保留にするか折り返しをお約束するか決めてください",
                    "before handing over, put the customer on hold or promise a callback"));
        }
        return List.of();
    }

    static List<Gap> callbackNeedsWindowAndZone(Escalation e) {
        if (!(e.callState() instanceof CallState.CallbackPromised) && !(e.callState() instanceof CallState.Ended)) {
            return List.of();
        }
        List<Gap> gaps = new ArrayList<>();
        if (e.customer().reachable() == null) {
            gaps.add(new Gap("missing-reachable-window", "customer.reachable",
                    "お電話してよい時間帯をお客様に確認してください", "ask when the customer can take a call"));
        }
        if (e.customer().timeZone() == null) {
            gaps.add(new Gap("missing-time-zone", "customer.timeZone",
                    "お客様のタイムゾーン（海外からのお問い合わせか）を確認してください",
                    "ask which time zone the customer is in"));
        }
        return gaps;
    }

    static List<Gap> irregularNeedsFault(Escalation e) {
        if (e.inquiry().kind() == RequestKind.IRREGULAR_HANDLING && e.fault() == FaultAttribution.UNDETERMINED) {
            return List.of(new Gap("missing-fault", "fault", "当社起因かお客様起因かを確認してください",
                    "find out whether the company or the customer is at fault"));
        }
        return List.of();
    }

    static List<Gap> complaintNeedsImpact(Escalation e) {
        if (e.inquiry().kind() == RequestKind.COMPLAINT && e.inquiry().impact() == null) {
            return List.of(new Gap("missing-impact", "inquiry.impact", "お客様が被った不利益・ご迷惑の内容を確認してください",
                    "find out what the customer lost or suffered"));
        }
        return List.of();
    }

    static List<Gap> actionsTaken(Escalation e) {
        if (e.inquiry().actionsTaken().isEmpty()) {
            return List.of(new Gap("missing-actions-taken", "inquiry.actionsTaken",
                    "既に対応したこと（案内済みの内容）をまとめてください", "note what you have already done or told the customer"));
        }
        return List.of();
    }

    static List<Gap> environment(Escalation e) {
        if (e.inquiry().environment() == null) {
            return List.of(new Gap("missing-environment", "inquiry.environment",
                    "お客様の環境（機種・OS・ソフトとバージョン）を確認してください",
                    "ask for the customer's environment (device, OS, software and version)"));
        }
        return List.of();
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
            rules.add(Objects.requireNonNull(rule, "rule"));
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
            byCategory.computeIfAbsent(Objects.requireNonNull(categoryCode, "categoryCode"), k -> new ArrayList<>())
                    .add(Objects.requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * Builds the check.
         *
         * @return the check
         */
        public GapCheck build() {
            return new GapCheck(rules, byCategory);
        }
    }
}
