package io.escalation.benchmarks;

import io.escalation.model.CallState;
import io.escalation.model.Category;
import io.escalation.model.Department;
import io.escalation.model.Escalation;
import io.escalation.model.ExperienceLevel;
import io.escalation.model.FaultAttribution;
import io.escalation.model.Priority;
import io.escalation.model.RequestKind;
import io.escalation.model.Skill;
import io.escalation.model.Temperature;
import io.escalation.model.Tier;
import io.escalation.model.Urgency;
import io.escalation.routing.Authority;
import io.escalation.routing.OperatorProfile;
import io.escalation.routing.Presence;
import io.escalation.routing.Responder;
import io.escalation.routing.RoutingContext;
import io.escalation.routing.RoutingMode;
import io.escalation.routing.Staffing;
import io.escalation.routing.Thresholds;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The routing baselines: what a host would write by hand instead of using the library — plain
 * if/else over the escalation and the context, deciding the same tier, mode, priority, department
 * and assignee as {@code RoutingPolicies.standard()} and as the 50-rule set in
 * {@code rules-50.json}, but without reasons, without validated decision records and without
 * copying lists. {@link RoutingInputs#checkAgreement} proves they agree on the benchmark inputs.
 */
public final class HandRouting {

    private static final Department BILLING = Department.of("billing");
    private static final Department RETENTION = Department.of("retention");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final LocalTime NIGHT_FROM = LocalTime.of(22, 0);
    private static final LocalTime NIGHT_TO = LocalTime.of(6, 0);
    private static final Duration FIFTY_MINUTES = Duration.ofMinutes(50);

    private HandRouting() {}

    /**
     * A hand-written decision: the fields a host needs, nothing to explain them.
     *
     * @param tier the tier that gets the escalation
     * @param mode how it is handled
     * @param priority its priority
     * @param department the department it is referred to, if any
     * @param clientApproval whether the client must approve
     * @param assignee who gets it, if anyone
     * @param staffing how it was staffed
     */
    public record Routed(Tier tier, RoutingMode mode, Priority priority, @Nullable Department department,
            boolean clientApproval, @Nullable Responder assignee, Staffing staffing) {

        /**
         * Describes the decision without the responder's details.
         *
         * @return tier, mode, priority, department, approval, assignee id and staffing
         */
        public String describe() {
            return tier.code() + "/" + mode + "/" + priority + "/" + (department == null ? "-" : department.code())
                    + "/" + clientApproval + "/" + (assignee == null ? "-" : assignee.id()) + "/" + staffing;
        }
    }

    /**
     * The standard policy's rules, by hand (the context's thresholds).
     *
     * @param e the escalation
     * @param ctx the context
     * @return the decision
     */
    public static Routed standard(Escalation e, RoutingContext ctx) {
        Thresholds th = ctx.thresholds();
        OperatorProfile profile = ctx.operator();
        ExperienceLevel experience = profile != null ? profile.experience() : e.operator().experience();
        Tier own = experience == ExperienceLevel.VETERAN ? Tier.VETERAN : Tier.OPERATOR;
        CallState call = e.callState();
        RoutingMode answer = call instanceof CallState.Live || call instanceof CallState.OnHold
                ? RoutingMode.ANSWER_WHILE_HOLDING : RoutingMode.CALL_BACK;
        Temperature temperature = e.customerState().temperature();
        RequestKind kind = e.inquiry().kind();

        Tier tier = own;
        RoutingMode mode = RoutingMode.HANDLE_YOURSELF;
        Priority priority = Priority.NORMAL;
        Department department = null;
        boolean clientApproval = false;

        if (kind == RequestKind.HARASSMENT || e.customerState().demandedSupervisor()) {
            tier = Tier.SUPERVISOR;
            mode = RoutingMode.TAKE_OVER;
            priority = Priority.HIGH;
        }
        if (temperature.compareTo(th.supervisorTemperature()) >= 0) {
            tier = Tier.SUPERVISOR;
            mode = RoutingMode.TAKE_OVER;
            priority = Priority.URGENT;
        }
        if (ctx.handlingTimeOf(e).compareTo(th.takeOverAfter(experience)) >= 0) {
            tier = Tier.SUPERVISOR;
            mode = RoutingMode.TAKE_OVER;
            priority = priority.max(Priority.HIGH);
        }
        if (kind == RequestKind.IRREGULAR_HANDLING) {
            FaultAttribution fault = e.fault();
            boolean severe = temperature.compareTo(th.severeComplaintTemperature()) >= 0;
            if (fault == FaultAttribution.COMPANY || (fault != FaultAttribution.CUSTOMER && severe)) {
                tier = Tier.MANAGER;
                mode = mode.strongest(answer);
                priority = priority.max(Priority.HIGH);
                if (ctx.outsourced()) {
                    mode = mode.strongest(RoutingMode.NEEDS_CLIENT_APPROVAL);
                    clientApproval = true;
                }
            } else if (fault == FaultAttribution.CUSTOMER) {
                tier = higher(tier, Tier.SUPERVISOR);
                mode = RoutingMode.TAKE_OVER;
            } else {
                tier = higher(tier, Tier.SUPERVISOR);
                mode = mode.strongest(answer);
            }
        } else if (kind == RequestKind.COMPLAINT) {
            if (temperature.compareTo(th.severeComplaintTemperature()) >= 0) {
                tier = higher(tier, Tier.SUPERVISOR);
                mode = RoutingMode.TAKE_OVER;
                priority = priority.max(Priority.HIGH);
            } else if (!has(profile, Authority.HANDLE_COMPLAINTS)) {
                tier = higher(tier, Tier.SUPERVISOR);
                mode = mode.strongest(answer);
            }
        } else if (kind == RequestKind.TAKE_OVER) {
            tier = higher(tier, Tier.SUPERVISOR);
            mode = RoutingMode.TAKE_OVER;
        } else if (kind == RequestKind.ADVICE
                && !(experience == ExperienceLevel.VETERAN && has(profile, Authority.ANSWER_WITHOUT_ADVICE))) {
            tier = higher(tier, Tier.SUPERVISOR);
            mode = mode.strongest(answer);
        }
        Category category = e.inquiry().category();
        Department owner = category == null ? null : ctx.departments().get(category.code());
        if (owner != null) {
            tier = higher(tier, Tier.SUPERVISOR);
            mode = mode.strongest(RoutingMode.REFER_TO_DEPARTMENT);
            department = owner;
        }
        Urgency urgency = e.customerState().urgency();
        int repeats = urgency.repeatContacts();
        if (repeats >= th.repeatContactsForSupervisor()) {
            tier = higher(tier, Tier.SUPERVISOR);
            mode = mode.strongest(answer);
            priority = priority.max(Priority.HIGH);
        } else if (repeats >= th.repeatContactsForPriority()) {
            priority = priority.raise(1);
        }
        if (ctx.customerChasing()) {
            tier = higher(tier, Tier.SUPERVISOR);
            mode = RoutingMode.TAKE_OVER;
            priority = priority.max(Priority.URGENT);
        } else if (ctx.overdueCallbacks() > 0) {
            tier = higher(tier, Tier.SUPERVISOR);
            mode = mode.strongest(RoutingMode.CALL_BACK);
            priority = priority.max(Priority.HIGH);
        }
        if (urgency.inAHurry() || urgency.waitingSince() != null || urgency.sameTroubleBefore()) {
            priority = priority.raise(1);
        }
        return staff(tier, mode, priority, department, clientApproval, e, ctx);
    }

    /**
     * The 50 rules of {@code rules-50.json}, by hand, in the same order: the first that holds decides.
     *
     * @param e the escalation
     * @param ctx the context
     * @return the decision
     */
    public static Routed ruleSet50(Escalation e, RoutingContext ctx) {
        Temperature temp = e.customerState().temperature();
        RequestKind kind = e.inquiry().kind();
        ExperienceLevel exp = ctx.operator() != null ? ctx.operator().experience() : e.operator().experience();
        FaultAttribution fault = e.fault();
        boolean demanded = e.customerState().demandedSupervisor();
        int repeats = e.customerState().urgency().repeatContacts();
        Category category = e.inquiry().category();
        String cat = category == null ? "" : category.code();
        Tier sv = Tier.SUPERVISOR;
        Tier mgr = Tier.MANAGER;

        if (temp == Temperature.FURIOUS && atNight(ctx)) {
            return staff(mgr, RoutingMode.TAKE_OVER, Priority.URGENT, null, false, e, ctx);
        } else if (kind == RequestKind.HARASSMENT && exp == ExperienceLevel.TRAINEE) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.HIGH, null, false, e, ctx);
        } else if (demanded && temp.compareTo(Temperature.UPSET) >= 0 && fault == FaultAttribution.COMPANY) {
            return staff(mgr, RoutingMode.TAKE_OVER, Priority.URGENT, null, false, e, ctx);
        } else if (exp == ExperienceLevel.TRAINEE && ctx.handlingTimeOf(e).compareTo(FIFTY_MINUTES) > 0) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.HIGH, null, false, e, ctx);
        } else if (repeats >= 3 && temp.compareTo(Temperature.STRONG_DEMAND) >= 0) {
            return staff(sv, RoutingMode.CALL_BACK, Priority.HIGH, null, false, e, ctx);
        }
        // mail-setup
        else if (cat.equals("mail-setup") && kind == RequestKind.HARASSMENT) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.HIGH, null, false, e, ctx);
        } else if (cat.equals("mail-setup") && kind == RequestKind.IRREGULAR_HANDLING && fault == FaultAttribution.COMPANY) {
            return staff(mgr, RoutingMode.NEEDS_CLIENT_APPROVAL, Priority.HIGH, null, true, e, ctx);
        } else if (cat.equals("mail-setup") && kind == RequestKind.IRREGULAR_HANDLING && fault == FaultAttribution.CUSTOMER) {
            return staff(sv, RoutingMode.ANSWER_WHILE_HOLDING, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("mail-setup") && kind == RequestKind.COMPLAINT && temp.compareTo(Temperature.UPSET) >= 0) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.HIGH, null, false, e, ctx);
        } else if (cat.equals("mail-setup") && kind == RequestKind.COMPLAINT && exp == ExperienceLevel.TRAINEE) {
            return staff(sv, RoutingMode.CALL_BACK, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("mail-setup") && kind == RequestKind.TAKE_OVER) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("mail-setup") && kind == RequestKind.ADVICE && exp == ExperienceLevel.VETERAN) {
            return staff(Tier.VETERAN, RoutingMode.HANDLE_YOURSELF, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("mail-setup") && kind == RequestKind.ADVICE) {
            return staff(sv, RoutingMode.ANSWER_WHILE_HOLDING, Priority.NORMAL, null, false, e, ctx);
        }
        // billing
        else if (cat.equals("billing") && kind == RequestKind.HARASSMENT) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.HIGH, null, false, e, ctx);
        } else if (cat.equals("billing") && kind == RequestKind.IRREGULAR_HANDLING && fault == FaultAttribution.COMPANY) {
            return staff(mgr, RoutingMode.NEEDS_CLIENT_APPROVAL, Priority.HIGH, null, true, e, ctx);
        } else if (cat.equals("billing") && kind == RequestKind.IRREGULAR_HANDLING && fault == FaultAttribution.CUSTOMER) {
            return staff(sv, RoutingMode.ANSWER_WHILE_HOLDING, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("billing") && kind == RequestKind.COMPLAINT && temp.compareTo(Temperature.UPSET) >= 0) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.HIGH, null, false, e, ctx);
        } else if (cat.equals("billing") && kind == RequestKind.COMPLAINT && exp == ExperienceLevel.TRAINEE) {
            return staff(sv, RoutingMode.CALL_BACK, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("billing") && kind == RequestKind.TAKE_OVER) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("billing") && kind == RequestKind.ADVICE && exp == ExperienceLevel.VETERAN) {
            return staff(Tier.VETERAN, RoutingMode.HANDLE_YOURSELF, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("billing") && kind == RequestKind.ADVICE) {
            return staff(sv, RoutingMode.ANSWER_WHILE_HOLDING, Priority.NORMAL, null, false, e, ctx);
        }
        // refund
        else if (cat.equals("refund") && kind == RequestKind.HARASSMENT) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.HIGH, null, false, e, ctx);
        } else if (cat.equals("refund") && kind == RequestKind.IRREGULAR_HANDLING && fault == FaultAttribution.COMPANY) {
            return staff(mgr, RoutingMode.NEEDS_CLIENT_APPROVAL, Priority.HIGH, null, true, e, ctx);
        } else if (cat.equals("refund") && kind == RequestKind.IRREGULAR_HANDLING && fault == FaultAttribution.CUSTOMER) {
            return staff(sv, RoutingMode.ANSWER_WHILE_HOLDING, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("refund") && kind == RequestKind.COMPLAINT && temp.compareTo(Temperature.UPSET) >= 0) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.HIGH, null, false, e, ctx);
        } else if (cat.equals("refund") && kind == RequestKind.COMPLAINT && exp == ExperienceLevel.TRAINEE) {
            return staff(sv, RoutingMode.CALL_BACK, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("refund") && kind == RequestKind.TAKE_OVER) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("refund") && kind == RequestKind.ADVICE && exp == ExperienceLevel.VETERAN) {
            return staff(Tier.VETERAN, RoutingMode.HANDLE_YOURSELF, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("refund") && kind == RequestKind.ADVICE) {
            return staff(sv, RoutingMode.REFER_TO_DEPARTMENT, Priority.NORMAL, BILLING, false, e, ctx);
        }
        // cancellation
        else if (cat.equals("cancellation") && kind == RequestKind.HARASSMENT) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.HIGH, null, false, e, ctx);
        } else if (cat.equals("cancellation") && kind == RequestKind.IRREGULAR_HANDLING
                && fault == FaultAttribution.COMPANY) {
            return staff(mgr, RoutingMode.NEEDS_CLIENT_APPROVAL, Priority.HIGH, null, true, e, ctx);
        } else if (cat.equals("cancellation") && kind == RequestKind.IRREGULAR_HANDLING
                && fault == FaultAttribution.CUSTOMER) {
            return staff(sv, RoutingMode.ANSWER_WHILE_HOLDING, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("cancellation") && kind == RequestKind.COMPLAINT && temp.compareTo(Temperature.UPSET) >= 0) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.HIGH, null, false, e, ctx);
        } else if (cat.equals("cancellation") && kind == RequestKind.COMPLAINT && exp == ExperienceLevel.TRAINEE) {
            return staff(sv, RoutingMode.CALL_BACK, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("cancellation") && kind == RequestKind.TAKE_OVER) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("cancellation") && kind == RequestKind.ADVICE && exp == ExperienceLevel.VETERAN) {
            return staff(Tier.VETERAN, RoutingMode.HANDLE_YOURSELF, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("cancellation") && kind == RequestKind.ADVICE) {
            return staff(sv, RoutingMode.REFER_TO_DEPARTMENT, Priority.NORMAL, RETENTION, false, e, ctx);
        }
        // network
        else if (cat.equals("network") && kind == RequestKind.HARASSMENT) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.HIGH, null, false, e, ctx);
        } else if (cat.equals("network") && kind == RequestKind.IRREGULAR_HANDLING && fault == FaultAttribution.COMPANY) {
            return staff(mgr, RoutingMode.NEEDS_CLIENT_APPROVAL, Priority.HIGH, null, true, e, ctx);
        } else if (cat.equals("network") && kind == RequestKind.IRREGULAR_HANDLING && fault == FaultAttribution.CUSTOMER) {
            return staff(sv, RoutingMode.ANSWER_WHILE_HOLDING, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("network") && kind == RequestKind.COMPLAINT && temp.compareTo(Temperature.UPSET) >= 0) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.HIGH, null, false, e, ctx);
        } else if (cat.equals("network") && kind == RequestKind.COMPLAINT && exp == ExperienceLevel.TRAINEE) {
            return staff(sv, RoutingMode.CALL_BACK, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("network") && kind == RequestKind.TAKE_OVER) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("network") && kind == RequestKind.ADVICE && exp == ExperienceLevel.VETERAN) {
            return staff(Tier.VETERAN, RoutingMode.HANDLE_YOURSELF, Priority.NORMAL, null, false, e, ctx);
        } else if (cat.equals("network") && kind == RequestKind.ADVICE) {
            return staff(sv, RoutingMode.ANSWER_WHILE_HOLDING, Priority.NORMAL, null, false, e, ctx);
        }
        // everyone else
        else if (demanded) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.HIGH, null, false, e, ctx);
        } else if (temp == Temperature.FURIOUS) {
            return staff(sv, RoutingMode.TAKE_OVER, Priority.URGENT, null, false, e, ctx);
        } else if (kind == RequestKind.COMPLAINT) {
            return staff(sv, RoutingMode.CALL_BACK, Priority.NORMAL, null, false, e, ctx);
        } else if (kind == RequestKind.IRREGULAR_HANDLING) {
            return staff(mgr, RoutingMode.ANSWER_WHILE_HOLDING, Priority.HIGH, null, false, e, ctx);
        } else if (repeats >= 3 && exp == ExperienceLevel.TRAINEE) {
            return staff(sv, RoutingMode.ANSWER_WHILE_HOLDING, Priority.NORMAL, null, false, e, ctx);
        }
        return staff(sv, RoutingMode.CALL_BACK, Priority.NORMAL, null, false, e, ctx);
    }

    private static boolean atNight(RoutingContext ctx) {
        LocalTime now = ctx.now().atZone(TOKYO).toLocalTime();
        return !now.isBefore(NIGHT_FROM) || now.isBefore(NIGHT_TO);
    }

    private static Tier higher(Tier current, Tier candidate) {
        return candidate.rank() > current.rank() ? candidate : current;
    }

    private static boolean has(@Nullable OperatorProfile profile, Authority authority) {
        return profile != null && profile.authorities().contains(authority);
    }

    /**
     * Staffs a decision as the library's responder selection does: the operator keeps
     * {@code HANDLE_YOURSELF}; otherwise the present responder of the tier (raised onto the
     * ladder) that is available, matches most needed skills, has the lowest load, the best
     * quality and the smallest id; else the next tier up; else the queue.
     */
    private static Routed staff(Tier tier, RoutingMode mode, Priority priority, @Nullable Department department,
            boolean clientApproval, Escalation e, RoutingContext ctx) {
        if (mode == RoutingMode.HANDLE_YOURSELF) {
            return new Routed(tier, mode, priority, department, clientApproval, null, Staffing.SELF);
        }
        List<Tier> rungs = ctx.ladder().tiers();
        int from = rungs.size() - 1;
        for (int i = 0; i < rungs.size(); i++) {
            if (rungs.get(i).rank() >= tier.rank()) {
                from = i;
                break;
            }
        }
        Category category = e.inquiry().category();
        Set<Skill> needed = category == null ? Set.of() : ctx.skillsByCategory().getOrDefault(category.code(), Set.of());
        List<Responder> roster = ctx.roster();
        for (int i = from; i < rungs.size(); i++) {
            Tier rung = rungs.get(i);
            Responder best = null;
            int bestMatches = 0;
            for (int j = 0, n = roster.size(); j < n; j++) {
                Responder r = roster.get(j);
                if (r.presence() == Presence.AWAY || !r.tier().equals(rung)) {
                    continue;
                }
                int matches = 0;
                if (!needed.isEmpty()) {
                    for (Skill s : needed) {
                        matches += r.skills().contains(s) ? 1 : 0;
                    }
                }
                if (best == null || better(r, matches, best, bestMatches)) {
                    best = r;
                    bestMatches = matches;
                }
            }
            if (best != null) {
                return new Routed(rung, mode, priority, department, clientApproval, best,
                        i == from ? Staffing.ASSIGNED : Staffing.NEXT_TIER_UP);
            }
        }
        return new Routed(rungs.get(from), mode, priority, department, clientApproval, null, Staffing.QUEUED);
    }

    private static boolean better(Responder r, int rMatches, Responder best, int bestMatches) {
        boolean available = r.presence() == Presence.AVAILABLE;
        if (available != (best.presence() == Presence.AVAILABLE)) {
            return available;
        }
        if (rMatches != bestMatches) {
            return rMatches > bestMatches;
        }
        if (r.load() != best.load()) {
            return r.load() < best.load();
        }
        double q = r.qualityScore() == null ? -1.0 : r.qualityScore();
        double bestQ = best.qualityScore() == null ? -1.0 : best.qualityScore();
        if (q != bestQ) {
            return q > bestQ;
        }
        return r.id().value().compareTo(best.id().value()) < 0;
    }
}
