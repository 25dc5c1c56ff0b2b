package io.escalation.internal.routing;

import io.escalation.internal.validation.FrozenList;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.Priority;
import io.escalation.model.Reason;
import io.escalation.model.Skill;
import io.escalation.model.Tier;
import io.escalation.routing.Presence;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingDecision;
import io.escalation.routing.RoutingMode;
import io.escalation.routing.Staffing;
import io.escalation.routing.TierLadder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Responder selection ({@code ResponderSelector}) on a decision's parts, so that the policies make
 * one decision per contact instead of an unstaffed one and then a staffed copy.
 */
public final class Staffer {

    /** The rule named by every staffing reason. */
    public static final String RULE = "standard/responder-selection";

    private Staffer() {}

    /**
     * Staffs a decision given by its parts; see {@code ResponderSelector.staff}.
     *
     * @param decided the decided tier
     * @param mode the mode
     * @param department the department, or {@code null}
     * @param clientApproval whether the client must approve
     * @param priority the priority
     * @param reasons the decision's reasons so far
     * @param escalation the escalation
     * @param context the roster, ladder and skills
     * @return the staffed decision
     */
    public static RoutingDecision staff(Tier decided, RoutingMode mode, @Nullable Department department,
            boolean clientApproval, Priority priority, List<Reason> reasons, Escalation escalation,
            RoutingContext context) {
        if (mode == RoutingMode.HANDLE_YOURSELF) {
            return decision(decided, mode, department, clientApproval, null, Staffing.SELF, priority, reasons,
                    STAYS_WITH_OPERATOR);
        }
        List<Tier> rungs = context.ladder().tiers();
        Tier wanted = context.ladder().atLeast(decided);
        int from = rungs.indexOf(wanted);
        Set<Skill> needed = context.skillsFor(escalation);
        for (int i = from; i < rungs.size(); i++) {
            Tier tier = rungs.get(i);
            Responder best = best(context.roster(), tier, needed);
            if (best != null) {
                return i == from
                        ? decision(wanted, mode, department, clientApproval, best, Staffing.ASSIGNED, priority, reasons,
                                assigned(wanted))
                        : decision(tier, mode, department, clientApproval, best, Staffing.NEXT_TIER_UP, priority,
                                reasons, nextTierUp(wanted, tier));
            }
        }
        return decision(wanted, mode, department, clientApproval, null, Staffing.QUEUED, priority, reasons,
                queued(wanted));
    }

    private static RoutingDecision decision(Tier tier, RoutingMode mode, @Nullable Department department,
            boolean clientApproval, @Nullable Responder who, Staffing how, Priority priority, List<Reason> reasons,
            Reason why) {
        return new RoutingDecision(tier, mode, department, clientApproval, who, how, priority,
                FrozenList.appending(reasons, why));
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
