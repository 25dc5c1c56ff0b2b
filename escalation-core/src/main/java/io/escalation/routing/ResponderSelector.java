package io.escalation.routing;

import io.escalation.internal.routing.Arguments;
import io.escalation.model.Escalation;
import io.escalation.model.Reason;
import io.escalation.model.Skill;
import io.escalation.model.Tier;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Chooses who gets an escalation: among responders of the decided tier who are present
 * (available before busy; never away), the best skill match for the category, then the lowest
 * load, then the highest quality score, then the smallest id — deterministic for the same roster.
 * When nobody of that tier is present, the next tier up is tried, and so on; when nobody at all
 * is present, the escalation waits in the queue of the decided tier. Each outcome adds its reason.
 */
public final class ResponderSelector {

    private static final ResponderSelector STANDARD = new ResponderSelector();
    /** The rule named by every staffing reason. */
    static final String RULE = "standard/responder-selection";

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
     * assigns a present responder of the decided tier (or the next tier up), or queues it. A
     * decided tier that is not on the context's ladder is raised to the next tier that is (or the
     * ladder's top).
     *
     * @param decision an unstaffed decision
     * @param escalation the escalation
     * @param context the roster, ladder and skills
     * @return the staffed decision
     */
    public RoutingDecision staff(RoutingDecision decision, Escalation escalation, RoutingContext context) {
        Arguments.present(ResponderSelector.class, "decision", decision);
        Arguments.present(ResponderSelector.class, "escalation", escalation);
        Arguments.present(ResponderSelector.class, "context", context);
        if (decision.staffing() != Staffing.UNSTAFFED) {
            return decision;
        }
        if (decision.mode() == RoutingMode.HANDLE_YOURSELF) {
            return decision.staffed(decision.tier(), null, Staffing.SELF, STAYS_WITH_OPERATOR);
        }
        List<Tier> rungs = context.ladder().tiers();
        Tier wanted = context.ladder().atLeast(decision.tier());
        int from = rungs.indexOf(wanted);
        Set<Skill> needed = context.skillsFor(escalation);
        for (int i = from; i < rungs.size(); i++) {
            Tier tier = rungs.get(i);
            Responder best = best(context.roster(), tier, needed);
            if (best != null) {
                return i == from
                        ? decision.staffed(wanted, best, Staffing.ASSIGNED, assigned(wanted))
                        : decision.staffed(tier, best, Staffing.NEXT_TIER_UP, nextTierUp(wanted, tier));
            }
        }
        return decision.staffed(wanted, null, Staffing.QUEUED, queued(wanted));
    }

    private static final Reason STAYS_WITH_OPERATOR = Reason.of("stays-with-operator", RULE);
    private static final Map<Tier, Reason> ASSIGNED = new HashMap<>();
    private static final Map<Tier, Reason> QUEUED = new HashMap<>();
    private static final Map<Tier, Map<Tier, Reason>> NEXT_TIER_UP = new HashMap<>();

    static {
        List<Tier> standard = TierLadder.standard().tiers();
        for (Tier wanted : standard) {
            ASSIGNED.put(wanted, assignedReason(wanted));
            QUEUED.put(wanted, queuedReason(wanted));
            Map<Tier, Reason> up = new HashMap<>();
            for (Tier taken : standard) {
                up.put(taken, nextTierUpReason(wanted, taken));
            }
            NEXT_TIER_UP.put(wanted, up);
        }
    }

    // Reasons for the standard tiers are made once; a center's own tiers get theirs when needed.

    private static Reason assigned(Tier wanted) {
        Reason r = ASSIGNED.get(wanted);
        return r != null ? r : assignedReason(wanted);
    }

    private static Reason nextTierUp(Tier wanted, Tier taken) {
        Map<Tier, Reason> up = NEXT_TIER_UP.get(wanted);
        Reason r = up == null ? null : up.get(taken);
        return r != null ? r : nextTierUpReason(wanted, taken);
    }

    private static Reason queued(Tier wanted) {
        Reason r = QUEUED.get(wanted);
        return r != null ? r : queuedReason(wanted);
    }

    private static Reason assignedReason(Tier wanted) {
        return Reason.of("assigned-best-match", RULE).with("tier", Reason.Arg.of(wanted));
    }

    private static Reason nextTierUpReason(Tier wanted, Tier taken) {
        return Reason.of("no-one-present-next-tier", RULE).with("tier", Reason.Arg.of(wanted))
                .with("taken", Reason.Arg.of(taken));
    }

    private static Reason queuedReason(Tier wanted) {
        return Reason.of("queued-no-one-present", RULE).with("tier", Reason.Arg.of(wanted));
    }

    private static @Nullable Responder best(List<Responder> roster, Tier tier, Set<Skill> needed) {
        Responder best = null;
        int bestMatches = 0;
        for (int i = 0, n = roster.size(); i < n; i++) {
            Responder r = roster.get(i);
            if (!r.isPresent() || !r.tier().equals(tier)) {
                continue;
            }
            int matches = matches(r, needed);
            if (best == null || better(r, matches, best, bestMatches)) {
                best = r;
                bestMatches = matches;
            }
        }
        return best;
    }

    /** Available before busy, then more skill matches, lower load, higher quality (none lowest), smaller id. */
    private static boolean better(Responder r, int rMatches, Responder best, int bestMatches) {
        boolean rAvailable = r.presence() == Presence.AVAILABLE;
        if (rAvailable != (best.presence() == Presence.AVAILABLE)) {
            return rAvailable;
        }
        if (rMatches != bestMatches) {
            return rMatches > bestMatches;
        }
        if (r.load() != best.load()) {
            return r.load() < best.load();
        }
        double rQuality = r.qualityScore() == null ? -1.0 : r.qualityScore();
        double bestQuality = best.qualityScore() == null ? -1.0 : best.qualityScore();
        if (rQuality != bestQuality) {
            return rQuality > bestQuality;
        }
        return r.id().value().compareTo(best.id().value()) < 0;
    }

    private static int matches(Responder r, Set<Skill> needed) {
        if (needed.isEmpty()) {
            return 0;
        }
        int n = 0;
        for (Skill s : needed) {
            if (r.skills().contains(s)) {
                n++;
            }
        }
        return n;
    }
}
