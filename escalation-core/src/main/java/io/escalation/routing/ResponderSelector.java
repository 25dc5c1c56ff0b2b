package io.escalation.routing;

import io.escalation.model.Escalation;
import io.escalation.model.Reason;
import io.escalation.model.Skill;
import io.escalation.model.Tier;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses who gets an escalation: among responders of the decided tier who are present
 * (available before busy; never away), the best skill match for the category, then the lowest
 * load, then the highest quality score, then the smallest id — deterministic for the same roster.
 * When nobody of that tier is present, the next tier up is tried, and so on; when nobody at all
 * is present, the escalation waits in the queue of the decided tier. Each outcome adds its reason.
 */
public final class ResponderSelector {

    private static final ResponderSelector STANDARD = new ResponderSelector();
    private static final String RULE = "standard/responder-selection";

    private ResponderSelector() {}

    /**
     * Returns the standard selector.
     *
     * @return the selector
     */
    public static ResponderSelector standard() {
        return STANDARD;
    }

    /**
     * Staffs a decision: keeps {@link RoutingMode#HANDLE_YOURSELF} with the operator, otherwise
     * assigns a present responder of the decided tier (or the next tier up), or queues it.
     *
     * @param decision an unstaffed decision
     * @param escalation the escalation
     * @param context the roster, ladder and skills
     * @return the staffed decision
     */
    public RoutingDecision staff(RoutingDecision decision, Escalation escalation, RoutingContext context) {
        if (decision.staffing() != Staffing.UNSTAFFED) {
            return decision;
        }
        if (decision.mode() == RoutingMode.HANDLE_YOURSELF) {
            return decision.staffed(decision.tier(), null, Staffing.SELF, Reason.of("stays-with-operator",
                    "オペレーターが引き続き対応", "the operator keeps the contact", RULE));
        }
        TierLadder ladder = context.ladder();
        Tier wanted = ladder.atLeast(decision.tier());
        Set<Skill> needed = context.skillsFor(escalation);
        for (Optional<Tier> t = Optional.of(wanted); t.isPresent(); t = ladder.above(t.get())) {
            Optional<Responder> best = best(context, t.get(), needed);
            if (best.isPresent()) {
                if (t.get().equals(wanted)) {
                    return decision.staffed(wanted, best.get(), Staffing.ASSIGNED, Reason.of("assigned-best-match",
                            "在席中の" + japanese(wanted) + "から、スキル一致・負荷・品質で最適な担当者を選定",
                            "assigned the present " + wanted.code()
                                    + " with the best skill match, lowest load and best quality", RULE));
                }
                return decision.staffed(t.get(), best.get(), Staffing.NEXT_TIER_UP, Reason.of("no-one-present-next-tier",
                        japanese(wanted) + "に在席者がいないため、上位の" + japanese(t.get()) + "へ",
                        "no " + wanted.code() + " is present, so the next tier up (" + t.get().code() + ") takes it",
                        RULE));
            }
        }
        return decision.staffed(wanted, null, Staffing.QUEUED, Reason.of("queued-no-one-present",
                japanese(wanted) + "以上に在席者がいないため、" + japanese(wanted) + "のキューで待機",
                "nobody at " + wanted.code() + " or above is present, so it waits in the " + wanted.code() + " queue",
                RULE));
    }

    /** The floor's word for a standard tier; a center's own tier by its code. */
    private static String japanese(Tier tier) {
        if (tier.equals(Tier.OPERATOR)) {
            return "オペレーター";
        } else if (tier.equals(Tier.VETERAN)) {
            return "ベテラン";
        } else if (tier.equals(Tier.SUPERVISOR)) {
            return "SV";
        } else if (tier.equals(Tier.MANAGER)) {
            return "上席";
        }
        return tier.code();
    }

    private static Optional<Responder> best(RoutingContext context, Tier tier, Set<Skill> needed) {
        Comparator<Responder> order = Comparator
                .comparing((Responder r) -> r.presence() == Presence.AVAILABLE ? 0 : 1)
                .thenComparing(r -> -matches(r, needed))
                .thenComparingInt(Responder::load)
                .thenComparing(r -> r.qualityScore() == null ? 1.0 : -r.qualityScore())
                .thenComparing(Responder::id);
        Responder best = null;
        for (Responder r : context.roster()) {
            if (r.isPresent() && r.tier().equals(tier) && (best == null || order.compare(r, best) < 0)) {
                best = r;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int matches(Responder r, Set<Skill> needed) {
        int n = 0;
        for (Skill s : needed) {
            if (r.skills().contains(s)) {
                n++;
            }
        }
        return n;
    }
}
